package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.audit.testing.AuditStore;
import dev.pims.membership.testing.MemberStore;
import dev.pims.membership.testing.SeparatedStore;
import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Member care by handlers (policy §5, §7B), in the browser: a search names exactly the members it shows, data is
 * masked until a reason is given, a correction names its fields, an export holds only the handler's categories, and
 * staff without the HANDLER role get the 403 page and a DENIED record.
 */
class MemberCareIT extends PimsInBrowserTest {

    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    private static final Set<String> HANDLER = Set.of("HANDLER");
    /** The categories a withdrawal moves, each of which the handler must be granted. */
    private static final Set<String> WITHDRAWN_CATEGORIES =
            Set.of("ACCOUNT", "BASIC_PROFILE", "OPTIONAL_SETTINGS", "APPLICATION_FORM");

    private static final String PASSWORD = "Care-test-2026";
    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());
    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final SeparatedStore SEPARATED = new SeparatedStore(StoreConnections.separated());
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());

    private Browser browser;
    private String namePrefix;
    private final List<Long> members = new ArrayList<>();

    @BeforeEach
    void openBrowserAndEnrolMembers() throws Exception {
        browser = new Browser(base, MemberSteps.LANGUAGE);
        namePrefix = "Care" + UUID.randomUUID().toString().substring(0, 6);
        for (String given : List.of("Alpha", "Bravo", "Charlie")) {
            members.add(enrol(
                    namePrefix + " " + given, namePrefix.toLowerCase() + "-" + given.toLowerCase() + "@example.com"));
        }
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aHandlerSearchesUnmasksWithAReasonCorrectsAndExports() throws Exception {
        String handler = STAFF.createScopedStaff("handler", PASSWORD, HANDLER, Set.of("ACCOUNT", "BASIC_PROFILE"));
        staffLogIn(handler);
        search("care.search.by.NAME", namePrefix);

        assertThat(browser.pageText())
                .contains(maskedName("Alpha"))
                .contains("010-****-5678")
                .doesNotContain(namePrefix + " Alpha")
                .doesNotContain("010-2345-5678");
        AuditStore.Access search = latestRecordOf(handler, "SEARCH");
        assertThat(subjectsOf(search)).containsExactlyInAnyOrderElementsOf(members);

        long alpha = members.get(0);
        browser.open("/admin/members/detail?id=" + alpha);
        assertThat(browser.textOf("care-NAME")).isEqualTo(maskedName("Alpha"));
        assertThat(browser.textOf("care-MOBILE_PHONE")).isEqualTo("010-****-5678");
        assertThat(browser.textOf("care-EMAIL")).startsWith("c***").endsWith("@example.com");
        assertThat(browser.pageText()).doesNotContain(SAYS.get("category.APPLICATION_FORM"));
        assertThat(latestRecordOf(handler, "VIEW").outcome()).isEqualTo("SUCCESS");

        browser.choose(SAYS.get("care.unmask.field"), SAYS.get("care.field.MOBILE_PHONE"));
        browser.type(SAYS.get("care.reason"), "The member called to confirm the number");
        browser.press(SAYS.get("care.unmask.submit"));
        assertThat(browser.textOf("care-MOBILE_PHONE")).isEqualTo("010-2345-5678");
        AuditStore.Access unmasked = latestRecordOf(handler, "VIEW");
        assertThat(unmasked.reason()).isEqualTo("The member called to confirm the number");
        assertThat(unmasked.operation()).isEqualTo("DefaultMemberCare.unmask");
        assertThat(subjectsOf(unmasked)).containsExactly(alpha);

        browser.choose(SAYS.get("care.correct.field"), SAYS.get("care.field.JOB_TITLE"));
        browser.type(SAYS.get("care.correct.value"), "Chief Buyer");
        browser.press(SAYS.get("care.correct.submit"));
        assertThat(browser.pageText()).contains(SAYS.get("care.corrected"));
        assertThat(MEMBERS.profileOf(alpha).orElseThrow().jobTitle()).isEqualTo("Chief Buyer");
        AuditStore.Access corrected = latestRecordOf(handler, "MODIFY");
        assertThat(corrected.detail()).contains("JOB_TITLE").doesNotContain("Chief Buyer");

        browser.open("/admin/members/print?id=" + alpha);
        assertThat(browser.textOf("care-MOBILE_PHONE")).isEqualTo("010-****-5678");
        assertThat(latestRecordOf(handler, "PRINT").outcome()).isEqualTo("SUCCESS");

        String csv = export("care.search.by.NAME", namePrefix, "Member asked for a copy of their data");
        assertThat(csv)
                .contains("EMAIL")
                .contains(namePrefix.toLowerCase() + "-alpha@example.com")
                .contains(namePrefix + " Alpha")
                .contains("010-2345-5678")
                .doesNotContain("INTENDED_USE");
        AuditStore.Access download = latestRecordOf(handler, "DOWNLOAD");
        assertThat(download.reason()).isEqualTo("Member asked for a copy of their data");
        assertThat(subjectsOf(download)).containsExactlyInAnyOrderElementsOf(members);
    }

    @Test
    void aHandlerNeverSeesACategoryOutsideTheirScope() throws Exception {
        String handler = STAFF.createScopedStaff("profile-only", PASSWORD, HANDLER, Set.of("BASIC_PROFILE"));
        staffLogIn(handler);
        browser.open("/admin/members");
        assertThat(browser.driver().findElement(By.id("search:by")).getText())
                .doesNotContain(SAYS.get("care.search.by.EMAIL"));
        search("care.search.by.PHONE", "010-2345");
        browser.open("/admin/members/detail?id=" + members.get(1));
        assertThat(browser.pageText())
                .doesNotContain(SAYS.get("category.ACCOUNT"))
                .doesNotContain(SAYS.get("care.field.EMAIL"))
                .doesNotContain("@example.com");
        assertThat(browser.textOf("care-NAME")).isEqualTo(maskedName("Bravo"));

        String csv = export("care.search.by.NAME", namePrefix, "Member asked for a copy");
        assertThat(csv).contains(namePrefix + " Bravo").doesNotContain("EMAIL").doesNotContain("@example.com");
    }

    @Test
    void aHandlerProcessesAWithdrawalRequestedByPhone() throws Exception {
        String handler = STAFF.createScopedStaff("withdrawals", PASSWORD, HANDLER, WITHDRAWN_CATEGORIES);
        staffLogIn(handler);
        long charlie = members.get(2);
        browser.open("/admin/members/detail?id=" + charlie);
        browser.choose(SAYS.get("care.withdraw.channel"), SAYS.get("care.channel.PHONE"));
        browser.press(SAYS.get("care.withdraw.submit"));
        assertThat(browser.messageFor(SAYS.get("care.withdraw.reason")))
                .as("no reason, no withdrawal")
                .isEqualTo(SAYS.get("care.withdraw.reason.required"));
        assertThat(MEMBERS.statusOf(charlie)).contains("ACTIVE");

        browser.choose(SAYS.get("care.withdraw.channel"), SAYS.get("care.channel.PHONE"));
        browser.type(SAYS.get("care.withdraw.reason"), "Call 2026-0412, identity checked");
        browser.press(SAYS.get("care.withdraw.submit"));

        assertThat(browser.pageText()).contains(SAYS.get("care.withdrawn"));
        assertThat(MEMBERS.statusOf(charlie)).as("no account").isEmpty();
        assertThat(MEMBERS.withdrawalChannelsOf(charlie).get(0)).isEqualTo("PHONE");
        assertThat(SEPARATED.separatedOf(charlie)).isPresent();
        AuditStore.Access withdrawal = latestRecordOf(handler, "DELETE");
        assertThat(subjectsOf(withdrawal)).containsExactly(charlie);
        assertThat(withdrawal.reason()).isEqualTo("Call 2026-0412, identity checked");
        assertThat(withdrawal.outcome()).isEqualTo("SUCCESS");
        assertThat(Set.of(withdrawal.categories().split(",")))
                .as("an adult has no legal representative to name")
                .isEqualTo(WITHDRAWN_CATEGORIES);
    }

    /**
     * Care with scope (issue 17): a withdrawal moves four categories, so a handler granted only some of them is refused
     * with the 403 page and a DENIED record naming the member and the reason given, and the member stays whole.
     */
    @Test
    void aHandlerWithoutEveryCategoryAWithdrawalMovesIsRefusedWithTheForbiddenPageAndADeniedRecord() throws Exception {
        String handler = STAFF.createScopedStaff("scoped", PASSWORD, HANDLER, Set.of("ACCOUNT", "BASIC_PROFILE"));
        staffLogIn(handler);
        long alpha = members.get(0);
        browser.open("/admin/members/detail?id=" + alpha);
        assertThat(browser.pageText()).contains(SAYS.get("care.withdraw.scopeNeeded"));
        browser.choose(SAYS.get("care.withdraw.channel"), SAYS.get("care.channel.EMAIL"));
        browser.type(SAYS.get("care.withdraw.reason"), "Mail of 12 April");
        browser.press(SAYS.get("care.withdraw.submit"));

        assertThat(browser.status()).isEqualTo(403);
        assertThat(browser.pageText())
                .contains(SAYS.get("error.forbidden.text"))
                .doesNotContain(SAYS.get("care.withdrawn"));
        assertThat(MEMBERS.statusOf(alpha)).contains("ACTIVE");
        assertThat(MEMBERS.profileOf(alpha)).isPresent();
        assertThat(SEPARATED.separatedOf(alpha)).isEmpty();
        assertThat(MEMBERS.withdrawalChannelsOf(alpha)).isEmpty();
        AuditStore.Access refused = latestRecordOf(handler, "DELETE");
        assertThat(refused.outcome()).isEqualTo("DENIED");
        assertThat(refused.operation()).isEqualTo("DefaultMemberCare.withdrawOnRequest");
        assertThat(refused.reason()).isEqualTo("Mail of 12 April");
        assertThat(subjectsOf(refused)).containsExactly(alpha);
    }

    /** A handler's view and print name only the categories shown to that handler (issue 17), not all four. */
    @Test
    void aViewAndAPrintRecordOnlyTheCategoriesShownToTheHandler() throws Exception {
        String handler = STAFF.createScopedStaff("profile-only", PASSWORD, HANDLER, Set.of("BASIC_PROFILE"));
        staffLogIn(handler);
        long bravo = members.get(1);
        browser.open("/admin/members/detail?id=" + bravo);
        assertThat(browser.pageText()).contains(maskedName("Bravo")).doesNotContain("@example.com");
        browser.open("/admin/members/print?id=" + bravo);

        assertThat(latestRecordOf(handler, "VIEW").categories())
                .as("the account's status and date of joining, and the basic profile")
                .isEqualTo("ACCOUNT,BASIC_PROFILE");
        assertThat(latestRecordOf(handler, "PRINT").categories()).isEqualTo("ACCOUNT,BASIC_PROFILE");
    }

    /**
     * The withdrawal fails in the operational store after the separated store took the member's data: both stores
     * roll back together (the separated store by XA, the operational one as the transaction's last agent).
     */
    @Test
    void aWithdrawalThatFailsLeavesTheMemberWholeInBothStores() throws Exception {
        String handler = STAFF.createScopedStaff("refused", PASSWORD, HANDLER, WITHDRAWN_CATEGORIES);
        long bravo = members.get(1);
        MEMBERS.refuseWithdrawalOf(bravo);
        try {
            staffLogIn(handler);
            browser.open("/admin/members/detail?id=" + bravo);
            browser.choose(SAYS.get("care.withdraw.channel"), SAYS.get("care.channel.PHONE"));
            browser.type(SAYS.get("care.withdraw.reason"), "Call 2026-0413");
            browser.press(SAYS.get("care.withdraw.submit"));
        } finally {
            MEMBERS.allowWithdrawalOf(bravo);
        }

        assertThat(browser.pageText())
                .contains(SAYS.get("error.failure.text"))
                .doesNotContain(SAYS.get("care.withdrawn"));
        assertThat(MEMBERS.statusOf(bravo)).contains("ACTIVE");
        assertThat(MEMBERS.profileOf(bravo)).isPresent();
        assertThat(SEPARATED.separatedOf(bravo)).isEmpty();
        AuditStore.Access attempt = latestRecordOf(handler, "DELETE");
        assertThat(attempt.outcome()).isEqualTo("ERROR");
        assertThat(subjectsOf(attempt)).containsExactly(bravo);
    }

    @Test
    void anAuditorOpeningMemberCareGetsTheForbiddenPageAndADeniedRecord() throws Exception {
        String auditor = STAFF.createScopedStaff("auditor", PASSWORD, Set.of("AUDITOR"), Set.of());
        staffLogIn(auditor);
        browser.open("/admin/members");
        assertThat(browser.status()).isEqualTo(403);
        assertThat(browser.pageText()).contains(SAYS.get("error.forbidden.text"));
        browser.open("/admin/members/detail?id=" + members.get(0));
        assertThat(browser.pageText())
                .contains(SAYS.get("error.forbidden.text"))
                .doesNotContain(namePrefix)
                .doesNotContain("010-");

        List<AuditStore.Access> denied = AUDIT_LOG.recordsOf("staff:" + auditor).stream()
                .filter(record -> record.outcome().equals("DENIED"))
                .toList();
        assertThat(denied)
                .extracting(AuditStore.Access::operation)
                .containsExactly("GET /admin/members", "GET /admin/members/detail");
        assertThat(denied.get(0).actorRole()).isEqualTo("AUDITOR");
    }

    /** A test member's name as member care shows it: the first and last letter, stars between. */
    private String maskedName(String given) {
        String name = namePrefix + " " + given;
        return name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1);
    }

    private void staffLogIn(String loginId) {
        StaffSteps.logIn(browser, loginId, PASSWORD);
        assertThat(browser.pageText()).contains(SAYS.get("staff.home.signedInAs"));
    }

    private void search(String byKey, String text) {
        browser.open("/admin/members?lang=en");
        browser.choose(SAYS.get("care.search.by"), SAYS.get(byKey));
        browser.type(SAYS.get("care.search.text"), text);
        browser.press(SAYS.get("care.search.submit"));
    }

    /** Searches, ticks every member shown, and exports them with the reason; returns the file's text. */
    private String export(String byKey, String text, String reason) throws Exception {
        search(byKey, text);
        for (WebElement box :
                browser.driver().findElements(By.cssSelector("tbody .ui-selection-column .ui-chkbox-box"))) {
            box.click();
        }
        browser.type(SAYS.get("care.export.reason"), reason);
        // The answer is a file, not a page: the button's page stays, so it is clicked rather than pressed.
        browser.driver().findElement(By.id("export:download")).click();
        return browser.downloaded("members.csv");
    }

    /** The latest access record of this member of staff for this task. */
    private static AuditStore.Access latestRecordOf(String loginId, String task) throws Exception {
        List<AuditStore.Access> records = AUDIT_LOG.recordsOf("staff:" + loginId).stream()
                .filter(record -> record.task().equals(task))
                .toList();
        assertThat(records).as("%s records of %s", task, loginId).isNotEmpty();
        return records.get(records.size() - 1);
    }

    private static List<Long> subjectsOf(AuditStore.Access record) throws Exception {
        return AUDIT_LOG.subjectsOf(record.id());
    }

    /** A verified member written straight into the operational store, as a sign-up would leave them. */
    private static long enrol(String name, String email) throws Exception {
        return MEMBERS.insertVerifiedMember(email, name, "010-2345-5678");
    }
}
