package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private static final String PASSWORD = "Care-test-2026";

    private Browser browser;
    private String namePrefix;
    private final List<Long> members = new ArrayList<>();

    @BeforeEach
    void openBrowserAndEnrolMembers() throws Exception {
        browser = new Browser(base, MemberSteps.LANGUAGE);
        namePrefix = "Care" + UUID.randomUUID().toString().substring(0, 6);
        for (String given : List.of("Alpha", "Bravo", "Charlie")) {
            members.add(enrol(namePrefix + " " + given, namePrefix.toLowerCase() + "-" + given.toLowerCase()
                    + "@example.com"));
        }
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aHandlerSearchesUnmasksWithAReasonCorrectsAndExports() throws Exception {
        String handler = StaffFixtures.createScopedStaff("handler", PASSWORD, HANDLER,
                Set.of("ACCOUNT", "BASIC_PROFILE"));
        staffLogIn(handler);
        search("care.search.by.NAME", namePrefix);

        assertThat(browser.pageText()).contains(maskedName("Alpha")).contains("010-****-5678")
                .doesNotContain(namePrefix + " Alpha").doesNotContain("010-2345-5678");
        Map<String, Object> search = latestRecordOf(handler, "SEARCH");
        assertThat(subjectsOf(search)).containsExactlyInAnyOrderElementsOf(members);

        long alpha = members.get(0);
        browser.open("/admin/members/detail?id=" + alpha);
        assertThat(browser.textOf("care-NAME")).isEqualTo(maskedName("Alpha"));
        assertThat(browser.textOf("care-MOBILE_PHONE")).isEqualTo("010-****-5678");
        assertThat(browser.textOf("care-EMAIL")).startsWith("c***").endsWith("@example.com");
        assertThat(browser.pageText()).doesNotContain(SAYS.get("category.APPLICATION_FORM"));
        assertThat(latestRecordOf(handler, "VIEW").get("OUTCOME")).isEqualTo("SUCCESS");

        browser.choose(SAYS.get("care.unmask.field"), SAYS.get("care.field.MOBILE_PHONE"));
        browser.type(SAYS.get("care.reason"), "The member called to confirm the number");
        browser.press(SAYS.get("care.unmask.submit"));
        assertThat(browser.textOf("care-MOBILE_PHONE")).isEqualTo("010-2345-5678");
        Map<String, Object> unmasked = latestRecordOf(handler, "VIEW");
        assertThat(unmasked.get("REASON")).isEqualTo("The member called to confirm the number");
        assertThat(unmasked.get("OPERATION")).isEqualTo("DefaultMemberCare.unmask");
        assertThat(subjectsOf(unmasked)).containsExactly(alpha);

        browser.choose(SAYS.get("care.correct.field"), SAYS.get("care.field.JOB_TITLE"));
        browser.type(SAYS.get("care.correct.value"), "Chief Buyer");
        browser.press(SAYS.get("care.correct.submit"));
        assertThat(browser.pageText()).contains(SAYS.get("care.corrected"));
        assertThat(Stores.rows(Stores.OPERATIONAL, "SELECT JOB_TITLE FROM BASIC_PROFILE WHERE MEMBER_ID = ?", alpha)
                .get(0).get("JOB_TITLE")).isEqualTo("Chief Buyer");
        Map<String, Object> corrected = latestRecordOf(handler, "MODIFY");
        assertThat((String) corrected.get("DETAIL")).contains("JOB_TITLE").doesNotContain("Chief Buyer");

        browser.open("/admin/members/print?id=" + alpha);
        assertThat(browser.textOf("care-MOBILE_PHONE")).isEqualTo("010-****-5678");
        assertThat(latestRecordOf(handler, "PRINT").get("OUTCOME")).isEqualTo("SUCCESS");

        String csv = export("care.search.by.NAME", namePrefix, "Member asked for a copy of their data");
        assertThat(csv).contains("EMAIL").contains(namePrefix.toLowerCase() + "-alpha@example.com")
                .contains(namePrefix + " Alpha").contains("010-2345-5678").doesNotContain("INTENDED_USE");
        Map<String, Object> download = latestRecordOf(handler, "DOWNLOAD");
        assertThat(download.get("REASON")).isEqualTo("Member asked for a copy of their data");
        assertThat(subjectsOf(download)).containsExactlyInAnyOrderElementsOf(members);
    }

    @Test
    void aHandlerNeverSeesACategoryOutsideTheirScope() throws Exception {
        String handler = StaffFixtures.createScopedStaff("profile-only", PASSWORD, HANDLER,
                Set.of("BASIC_PROFILE"));
        staffLogIn(handler);
        browser.open("/admin/members");
        assertThat(browser.driver().findElement(By.id("search:by")).getText())
                .doesNotContain(SAYS.get("care.search.by.EMAIL"));
        search("care.search.by.PHONE", "010-2345");
        browser.open("/admin/members/detail?id=" + members.get(1));
        assertThat(browser.pageText()).doesNotContain(SAYS.get("category.ACCOUNT"))
                .doesNotContain(SAYS.get("care.field.EMAIL")).doesNotContain("@example.com");
        assertThat(browser.textOf("care-NAME")).isEqualTo(maskedName("Bravo"));

        String csv = export("care.search.by.NAME", namePrefix, "Member asked for a copy");
        assertThat(csv).contains(namePrefix + " Bravo").doesNotContain("EMAIL").doesNotContain("@example.com");
    }

    @Test
    void aHandlerProcessesAWithdrawalRequestedByPhone() throws Exception {
        String handler = StaffFixtures.createScopedStaff("withdrawals", PASSWORD, HANDLER,
                Set.of("ACCOUNT", "BASIC_PROFILE"));
        staffLogIn(handler);
        long charlie = members.get(2);
        browser.open("/admin/members/detail?id=" + charlie);
        browser.choose(SAYS.get("care.withdraw.channel"), SAYS.get("care.channel.PHONE"));
        browser.press(SAYS.get("care.withdraw.submit"));

        assertThat(browser.pageText()).contains(SAYS.get("care.withdrawn"));
        assertThat(Stores.count(Stores.OPERATIONAL, "SELECT COUNT(*) FROM MEMBER_ACCOUNT WHERE ID = ?", charlie))
                .isZero();
        assertThat(Stores.rows(Stores.OPERATIONAL, "SELECT CHANNEL FROM WITHDRAWAL_RECORD WHERE MEMBER_ID = ?",
                charlie).get(0).get("CHANNEL")).isEqualTo("PHONE");
        assertThat(Stores.count(Stores.SEPARATED, "SELECT COUNT(*) FROM SEPARATED_MEMBER WHERE MEMBER_ID = ?",
                charlie)).isEqualTo(1);
        assertThat(subjectsOf(latestRecordOf(handler, "DELETE"))).containsExactly(charlie);
    }

    /**
     * The withdrawal fails in the operational store after the separated store took the member's data: both stores
     * roll back together (the separated store by XA, the operational one as the transaction's last agent).
     */
    @Test
    void aWithdrawalThatFailsLeavesTheMemberWholeInBothStores() throws Exception {
        String handler = StaffFixtures.createScopedStaff("refused", PASSWORD, HANDLER,
                Set.of("ACCOUNT", "BASIC_PROFILE"));
        long bravo = members.get(1);
        String refusal = "REFUSES_WITHDRAWAL_OF_" + bravo;
        try (Connection operational = Stores.open(Stores.OPERATIONAL);
                Statement schema = operational.createStatement()) {
            schema.executeUpdate("ALTER TABLE WITHDRAWAL_RECORD ADD CONSTRAINT " + refusal + " CHECK (MEMBER_ID <> "
                    + bravo + ")");
            try {
                staffLogIn(handler);
                browser.open("/admin/members/detail?id=" + bravo);
                browser.choose(SAYS.get("care.withdraw.channel"), SAYS.get("care.channel.PHONE"));
                browser.press(SAYS.get("care.withdraw.submit"));
            } finally {
                schema.executeUpdate("ALTER TABLE WITHDRAWAL_RECORD DROP CONSTRAINT " + refusal);
            }
        }

        assertThat(browser.pageText()).contains(SAYS.get("error.failure.text"))
                .doesNotContain(SAYS.get("care.withdrawn"));
        assertThat(Stores.rows(Stores.OPERATIONAL, "SELECT STATUS FROM MEMBER_ACCOUNT WHERE ID = ?", bravo))
                .extracting(row -> row.get("STATUS")).containsExactly("ACTIVE");
        assertThat(Stores.count(Stores.OPERATIONAL, "SELECT COUNT(*) FROM BASIC_PROFILE WHERE MEMBER_ID = ?", bravo))
                .isEqualTo(1);
        assertThat(Stores.count(Stores.SEPARATED, "SELECT COUNT(*) FROM SEPARATED_MEMBER WHERE MEMBER_ID = ?",
                bravo)).isZero();
        Map<String, Object> attempt = latestRecordOf(handler, "DELETE");
        assertThat(attempt.get("OUTCOME")).isEqualTo("ERROR");
        assertThat(subjectsOf(attempt)).containsExactly(bravo);
    }

    @Test
    void anAuditorOpeningMemberCareGetsTheForbiddenPageAndADeniedRecord() throws Exception {
        String auditor = StaffFixtures.createScopedStaff("auditor", PASSWORD, Set.of("AUDITOR"), Set.of());
        staffLogIn(auditor);
        browser.open("/admin/members");
        assertThat(browser.status()).isEqualTo(403);
        assertThat(browser.pageText()).contains(SAYS.get("error.forbidden.text"));
        browser.open("/admin/members/detail?id=" + members.get(0));
        assertThat(browser.pageText()).contains(SAYS.get("error.forbidden.text"))
                .doesNotContain(namePrefix).doesNotContain("010-");

        List<Map<String, Object>> denied = Stores.rows(Stores.OPERATIONAL, "SELECT OPERATION, ACTOR_ROLE FROM "
                + "ACCESS_RECORD WHERE ACTOR_ID = ? AND OUTCOME = 'DENIED' ORDER BY ID", "staff:" + auditor);
        assertThat(denied).extracting(row -> row.get("OPERATION"))
                .containsExactly("GET /admin/members", "GET /admin/members/detail");
        assertThat(denied.get(0).get("ACTOR_ROLE")).isEqualTo("AUDITOR");
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
        for (WebElement box : browser.driver().findElements(By.cssSelector("tbody .ui-selection-column .ui-chkbox-box"))) {
            box.click();
        }
        browser.type(SAYS.get("care.export.reason"), reason);
        // The answer is a file, not a page: the button's page stays, so it is clicked rather than pressed.
        browser.driver().findElement(By.id("export:download")).click();
        return browser.downloaded("members.csv");
    }

    private static Map<String, Object> latestRecordOf(String loginId, String task) throws Exception {
        List<Map<String, Object>> records = Stores.rows(Stores.OPERATIONAL, "SELECT ID, OPERATION, OUTCOME, REASON, "
                + "DETAIL FROM ACCESS_RECORD WHERE ACTOR_ID = ? AND TASK = ? ORDER BY ID DESC",
                "staff:" + loginId, task);
        assertThat(records).as("%s records of %s", task, loginId).isNotEmpty();
        return records.get(0);
    }

    private static List<Long> subjectsOf(Map<String, Object> record) throws Exception {
        Stores.awaitSealed();
        return Stores.rows(Stores.OPERATIONAL, "SELECT SUBJECT_ID FROM ACCESS_RECORD_SUBJECTS WHERE RECORD_ID = ?",
                record.get("ID")).stream().map(row -> ((Number) row.get("SUBJECT_ID")).longValue()).toList();
    }

    /** A verified member written straight into the operational store, as a sign-up would leave them. */
    private static long enrol(String name, String email) throws Exception {
        try (Connection db = Stores.open(Stores.OPERATIONAL)) {
            long id;
            try (PreparedStatement account = db.prepareStatement("INSERT INTO MEMBER_ACCOUNT (EMAIL, PASSWORD_HASH, "
                    + "STATUS, LANGUAGE, JOINED_AT, EMAIL_VERIFIED_AT) VALUES (?, 'not-a-login', 'ACTIVE', 'en', ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Timestamp now = Timestamp.valueOf(LocalDateTime.now());
                account.setString(1, email);
                account.setTimestamp(2, now);
                account.setTimestamp(3, now);
                account.executeUpdate();
                try (ResultSet keys = account.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            execute(db, "INSERT INTO BASIC_PROFILE (MEMBER_ID, NAME, MOBILE_PHONE, MOBILE_DIGITS, JOB_TITLE) "
                    + "VALUES (?, ?, '010-2345-5678', '01023455678', 'Buyer')", id, name);
            execute(db, "INSERT INTO OPTIONAL_SETTINGS (MEMBER_ID, KEEP_SEARCH_HISTORY, SERVICE_NOTICES) "
                    + "VALUES (?, FALSE, FALSE)", id);
            execute(db, "INSERT INTO APPLICATION_FORM (MEMBER_ID, INTENDED_USE) VALUES (?, 'Visual search')", id);
            return id;
        }
    }

    private static void execute(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
