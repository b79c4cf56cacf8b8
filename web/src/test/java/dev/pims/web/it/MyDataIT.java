package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.audit.testing.AuditStore;
import dev.pims.dormancy.testing.DormancyNoticeStore;
import dev.pims.membership.testing.MemberStore;
import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The member's rights to see what PIMS holds (policy §5, §11): after a handler viewed the member, the member downloads
 * one ZIP of everything PIMS holds about them, the handler's view among it by role only, and the download is a DOWNLOAD
 * record; {@code /my/access} lists the handler's view in English and in Korean; staff may open neither page.
 */
class MyDataIT extends PimsInBrowserTest {

    private static final Labels SAYS = new Labels("en");
    private static final Labels SAYS_KO = new Labels("ko");
    private static final String STAFF_PASSWORD = "MyData-test-2026";
    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());
    private static final DormancyNoticeStore NOTICES = new DormancyNoticeStore(StoreConnections.operational());
    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final String[] PARTS = {
        "profile",
        "legal-representative",
        "visits",
        "failed-logins",
        "bad-use-records",
        "consent-history",
        "service-usage",
        "inquiries",
        "inquiry-replies",
        "provisions",
        "payment-methods",
        "payments",
        "dormancy-notices",
        "access-records"
    };

    @Test
    void theZipHoldsEveryPartAndTheHandlersViewByRoleWithoutNameOrAddress() throws Exception {
        String email = MemberSteps.newEmail("my-data");
        long member;
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            member = MemberSteps.join(browser, MAIL, email, "Data Choi");
        }
        String handler = handlerViews(member);
        // A notice of a stretch of inactivity that a login has since ended: the record stays, as proof of the notice.
        NOTICES.insertNotice(
                member, LocalDateTime.of(2025, 1, 2, 3, 4, 5), LocalDateTime.of(2026, 1, 2, 3, 4, 5), email);
        // Days ago rather than on a fixed date: the record is kept a year, and the shared server's retention runs
        // daily.
        LocalDateTime badUseRecordedAt =
                LocalDate.now(ZoneOffset.UTC).minusDays(3).atTime(9, 8, 7);
        MEMBERS.insertBadUse(member, badUseRecordedAt, "Resold search results");
        // Kept under a stand-in address key, not the member's own: the login below deletes only its own address's.
        LocalDateTime failedLoginAt = LocalDate.now(ZoneOffset.UTC).atTime(0, 1, 2);
        MEMBERS.insertLoginFailure(member, failedLoginAt);

        Map<String, String> zip;
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            browser.follow(SAYS.get("nav.myData"));
            assertThat(browser.heading()).isEqualTo(SAYS.get("mydata.title"));
            assertThat(browser.pageText()).contains(SAYS.get("mydata.download"));
            // The answer is a file, not a page: the button's page stays, so it is clicked rather than pressed.
            browser.driver().findElement(By.id("mydata:download")).click();
            zip = unzip(browser.downloadedBytes("pims-my-data.zip"));
        }

        for (String part : PARTS) {
            assertThat(zip).containsKeys(part + ".json", part + ".csv");
        }
        assertThat(zip).hasSize(PARTS.length * 2);
        assertThat(zip.get("profile.csv"))
                .startsWith("category,field,value\r\n")
                .contains("ACCOUNT,email," + email)
                .contains("BASIC_PROFILE,name,Data Choi")
                .contains("BASIC_PROFILE,mobilePhone,010-2345-6789")
                .contains("BASIC_PROFILE,department,Data Platform")
                .contains("APPLICATION_FORM,industry,FASHION")
                .contains("APPLICATION_FORM,monthlyImageVolume,20000");
        assertThat(zip.get("profile.json"))
                .contains("{\"category\":\"BASIC_PROFILE\",\"field\":\"name\",\"value\":\"Data Choi\"}");
        assertThat(zip.get("consent-history.csv"))
                .contains("TERMS_OF_USE", "PERSONAL_INFORMATION_COLLECTION", "2019-08-01", "127.0.0.1");
        assertThat(zip.get("visits.csv")).contains("LOGIN", "127.0.0.1");
        assertThat(zip.get("provisions.json"))
                .as("no provisions yet, the format stable")
                .isEqualTo("[]");
        assertThat(zip.get("provisions.csv")).isEqualTo("providedAt,recipient,purpose,categories,retainedUntil\r\n");
        assertThat(zip.get("payment-methods.csv")).isEqualTo("addedAt,kind,provider,holder,expiry,maskedNumber\r\n");
        assertThat(zip.get("payments.csv")).isEqualTo("paidAt,amount,item,methodKind,maskedMethod\r\n");
        assertThat(zip.get("dormancy-notices.csv"))
                .startsWith("noticedAt,idleSince,dormantFrom,addressSha256,outcome\r\n")
                .endsWith("\r\n2025-12-03T03:04:05,2025-01-02T03:04:05,2026-01-02T03:04:05,"
                        + DormancyNoticeStore.addressHashOf(email) + ",QUEUED\r\n")
                .as("the address only as its hash")
                .doesNotContain(email);
        assertThat(zip.get("failed-logins.csv"))
                .as("when and from where, not the address's hash")
                .isEqualTo("failedAt,clientIp\r\n" + failedLoginAt + ",127.0.0.1\r\n");
        assertThat(zip.get("bad-use-records.csv"))
                .as("when and why, not which handler recorded it")
                .isEqualTo("recordedAt,reason\r\n" + badUseRecordedAt + ",Resold search results\r\n");
        assertThat(zip.get("legal-representative.json"))
                .as("an adult member has none; the part keeps its format")
                .isEqualTo("[]");
        assertThat(zip.get("legal-representative.csv")).isEqualTo("name,email,relationship,consentedAt\r\n");

        String accesses = zip.get("access-records.csv");
        assertThat(accesses)
                .startsWith("occurredAt,actorRole,task,categories,outcome\r\n")
                .containsPattern(",HANDLER,VIEW,[A-Z_ ]*BASIC_PROFILE[A-Z_ ]*,SUCCESS\r\n");
        assertThat(zip.get("access-records.json")).contains("\"actorRole\":\"HANDLER\"");
        for (String part : new String[] {"access-records.csv", "access-records.json"}) {
            assertThat(zip.get(part))
                    .as("who accessed, by role only: no staff login id, no address")
                    .doesNotContain(handler, "staff:", "127.0.0.1");
        }
        assertThat(String.join("\n", zip.values())).as("no staff name anywhere").doesNotContain(handler);

        AUDIT_LOG.awaitSealed();
        assertThat(AUDIT_LOG.recordsNaming(member))
                .as("the download is a DOWNLOAD record by the member of every category it holds")
                .anySatisfy(access -> {
                    assertThat(access.task()).isEqualTo("DOWNLOAD");
                    assertThat(access.actorId()).isEqualTo("member:" + member);
                    assertThat(access.operation()).isEqualTo("DefaultMyDataExport.download");
                    assertThat(access.outcome()).isEqualTo("SUCCESS");
                    assertThat(access.categories())
                            .contains("BASIC_PROFILE", "CONSENT", "ACCESS_LOG", "PAYMENT", "BAD_USE")
                            .as("an adult's download holds no legal representative")
                            .doesNotContain("LEGAL_REPRESENTATIVE");
                });
    }

    @Test
    void myAccessListsTheHandlersViewByRoleInEnglishAndKoreanAndStaffMayNotOpenIt() throws Exception {
        String email = MemberSteps.newEmail("my-access");
        long member;
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            member = MemberSteps.join(browser, MAIL, email, "Access Han");
        }
        String handler = handlerViews(member);

        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            browser.follow(SAYS.get("nav.myAccess"));
            assertThat(browser.heading()).isEqualTo(SAYS.get("myaccess.title"));
            assertThat(browser.textOf("access:records"))
                    .contains(
                            SAYS.get("myaccess.role.HANDLER"),
                            SAYS.get("audit.task.VIEW"),
                            SAYS.get("category.BASIC_PROFILE"),
                            SAYS.get("audit.outcome.SUCCESS"))
                    .doesNotContain(handler, "127.0.0.1");

            browser.open("/my/access?lang=ko");
            assertThat(browser.heading()).isEqualTo(SAYS_KO.get("myaccess.title"));
            assertThat(browser.textOf("access:records"))
                    .contains(
                            SAYS_KO.get("myaccess.role.HANDLER"),
                            SAYS_KO.get("audit.task.VIEW"),
                            SAYS_KO.get("category.BASIC_PROFILE"),
                            SAYS_KO.get("audit.outcome.SUCCESS"))
                    .doesNotContain(handler, "127.0.0.1");
        }
        AUDIT_LOG.awaitSealed();
        assertThat(AUDIT_LOG.recordsNaming(member))
                .as("reading who accessed is itself a VIEW of the category ACCESS_LOG")
                .anySatisfy(access -> {
                    assertThat(access.task()).isEqualTo("VIEW");
                    assertThat(access.actorId()).isEqualTo("member:" + member);
                    assertThat(access.categories()).isEqualTo("ACCESS_LOG");
                });

        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(browser, handler, STAFF_PASSWORD);
            for (String page : new String[] {"/my/access", "/my/data"}) {
                browser.open(page);
                assertThat(browser.status()).as(page).isEqualTo(403);
                assertThat(browser.pageText()).contains(SAYS.get("error.forbidden.text"));
            }
        }
    }

    /** A handler granted the account and basic profile opens the member's page: a VIEW record naming the member. */
    private String handlerViews(long member) throws Exception {
        String handler = STAFF.createScopedStaff(
                "my-data", STAFF_PASSWORD, Set.of("HANDLER"), Set.of("ACCOUNT", "BASIC_PROFILE"));
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(browser, handler, STAFF_PASSWORD);
            browser.open("/admin/members/detail?id=" + member);
            assertThat(browser.status()).isEqualTo(200);
        }
        // The member's list reads the subject index, which a record joins when it is sealed, right after its commit.
        AUDIT_LOG.awaitSealed();
        return handler;
    }

    /** The ZIP's entries as text, a CSV file's byte order mark dropped. */
    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(
                        entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
            }
        }
        return entries;
    }
}
