package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole self-service life of a member, in a real browser, in Korean and in English: sign up, verify the e-mail,
 * log in, modify the profile, withdraw an optional consent, withdraw the membership, and fail to log in afterwards.
 * Each step is checked on the page and in the stores, including the access log.
 */
class MemberJourneyIT extends PimsInBrowserTest {

    /** Arquillian 1.8 injects {@link #base} while it runs a {@code @BeforeEach}; each journey starts with no mail. */
    @BeforeEach
    void emptyMailbox() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    @Test
    void aMemberLivesTheWholeJourneyInEnglish() throws Exception {
        journey("en", "Jane Doe");
    }

    @Test
    void aMemberLivesTheWholeJourneyInKorean() throws Exception {
        journey("ko", "김지우");
    }

    /** Policy §12: the privacy officer's contact on /policy and in the footer of every page, in both languages. */
    @Test
    void thePolicyAndEveryPageNameThePrivacyOfficerInBothLanguages() throws Exception {
        for (String language : List.of("ko", "en")) {
            Labels says = new Labels(language);
            try (Browser browser = new Browser(base, language)) {
                browser.open("/policy?lang=" + language);
                assertThat(browser.heading()).isEqualTo(says.get("policy.title"));
                assertThat(browser.pageText()).contains(says.get("policy.officer.heading"),
                        says.get("policy.officer.nameValue"), says.get("policy.officer.positionValue"), "02-543-7762",
                        says.get("footer.officer"));
                browser.open("/signup?lang=" + language);
                assertThat(browser.pageText()).contains(says.get("footer.officer"));
            }
        }
    }

    private void journey(String language, String name) throws Exception {
        Labels says = new Labels(language);
        String email = "journey-" + language + "-" + UUID.randomUUID() + "@example.com";
        String password = "correct-horse-42";
        try (Browser browser = new Browser(base, language)) {
            // Sign up: the policy's items, the two required consents and the optional one.
            browser.open("/signup?lang=" + language);
            assertThat(browser.field(says.get("consent.MARKETING_EMAIL") + " " + says.get("consent.optional"))
                    .isSelected()).as("nothing is pre-ticked").isFalse();
            browser.type(says.get("field.email"), email);
            browser.type(says.get("field.password"), password);
            browser.type(says.get("field.passwordAgain"), password);
            browser.type(says.get("field.name"), name);
            browser.type(says.get("field.mobilePhone"), "010-2345-6789");
            browser.type(says.get("field.company"), "OMNIOUS");
            browser.tick(says.get("consent.TERMS_OF_USE") + " " + says.get("consent.required"));
            browser.tick(says.get("consent.PERSONAL_INFORMATION_COLLECTION") + " " + says.get("consent.required"));
            browser.tick(says.get("consent.MARKETING_EMAIL") + " " + says.get("consent.optional"));
            browser.press(says.get("signup.submit"));
            assertThat(browser.pageText()).contains(says.get("signup.checkMail"));

            Long memberId = Stores.memberIdOf(email);
            assertThat(memberId).as("the account is stored").isNotNull();
            assertThat(Stores.rows(Stores.OPERATIONAL, "SELECT STATUS FROM MEMBER_ACCOUNT WHERE ID = ?", memberId))
                    .extracting(row -> row.get("STATUS")).containsExactly("PENDING_VERIFICATION");
            assertThat(Stores.rows(Stores.OPERATIONAL, "SELECT PURPOSE, ACTION, POLICY_VERSION, CLIENT_IP, METHOD "
                    + "FROM CONSENT_RECORD WHERE MEMBER_ID = ? ORDER BY PURPOSE", memberId))
                    .extracting(row -> row.get("PURPOSE") + " " + row.get("ACTION") + " " + row.get("POLICY_VERSION")
                            + " " + row.get("CLIENT_IP") + " " + row.get("METHOD"))
                    .containsExactly(
                            "MARKETING_EMAIL GIVEN 2019-08-01 127.0.0.1 SIGN_UP_FORM",
                            "PERSONAL_INFORMATION_COLLECTION GIVEN 2019-08-01 127.0.0.1 SIGN_UP_FORM",
                            "TERMS_OF_USE GIVEN 2019-08-01 127.0.0.1 SIGN_UP_FORM");

            // Not verified yet: no login.
            logIn(browser, says, email, password);
            assertThat(browser.pageText()).contains(says.get("login.failed"));

            // Verify through the link of the e-mail.
            browser.open(MemberSteps.verificationLinkSentTo(MAIL, email).replaceFirst("https?://[^/]+", ""));
            assertThat(browser.pageText()).contains(says.get("verify.done"));

            // Log in and see everything PIMS holds.
            logIn(browser, says, email, password);
            assertThat(browser.path()).as(browser.pageText()).startsWith("/my/profile");
            assertThat(browser.pageText()).contains(email, name, "010-2345-6789", "OMNIOUS");

            // Modify the profile (policy §5) on its form, and see it held on the read-only page.
            browser.follow(says.get("profile.modify"));
            browser.type(says.get("field.department"), "Data Platform");
            browser.press(says.get("profile.save"));
            assertThat(browser.path()).isEqualTo("/my/profile");
            assertThat(browser.pageText()).contains(says.get("profile.saved"));
            assertThat(browser.textOf("held-department")).isEqualTo("Data Platform");
            assertThat(Stores.rows(Stores.OPERATIONAL, "SELECT DEPARTMENT FROM BASIC_PROFILE WHERE MEMBER_ID = ?",
                    memberId)).extracting(row -> row.get("DEPARTMENT")).containsExactly("Data Platform");

            // Withdraw the optional marketing consent.
            browser.open("/my/consents");
            browser.press(says.get("consents.withdraw"));
            assertThat(browser.pageText()).contains(says.get("consents.withdrawn"));
            assertThat(Stores.rows(Stores.OPERATIONAL, "SELECT ACTION, METHOD FROM CONSENT_RECORD "
                    + "WHERE MEMBER_ID = ? AND PURPOSE = 'MARKETING_EMAIL' ORDER BY ID", memberId))
                    .extracting(row -> row.get("ACTION") + " " + row.get("METHOD"))
                    .containsExactly("GIVEN SIGN_UP_FORM", "WITHDRAWN CONSENT_PAGE");

            // Withdraw the membership (policy §11): a wrong password changes nothing.
            browser.open("/my/withdraw");
            browser.type(says.get("withdraw.password"), "not-my-password-1");
            browser.press(says.get("withdraw.confirm"));
            assertThat(browser.pageText()).contains(says.get("membership.refused.WRONG_PASSWORD"));
            assertThat(Stores.memberIdOf(email)).isEqualTo(memberId);

            browser.type(says.get("withdraw.password"), password);
            browser.press(says.get("withdraw.confirm"));
            assertThat(browser.path()).as(browser.pageText()).startsWith("/withdrawn");
            assertThat(browser.pageText()).contains(says.get("withdrawn.text"));

            assertThat(Stores.memberIdOf(email)).as("the account is gone from the operational store").isNull();
            assertThat(Stores.count(Stores.OPERATIONAL, "SELECT COUNT(*) FROM BASIC_PROFILE WHERE MEMBER_ID = ?",
                    memberId)).isZero();
            assertThat(Stores.count(Stores.OPERATIONAL, "SELECT COUNT(*) FROM WITHDRAWAL_RECORD WHERE MEMBER_ID = ?",
                    memberId)).isEqualTo(1);
            List<Map<String, Object>> separated = Stores.rows(Stores.SEPARATED,
                    "SELECT SEPARATED_AT, DESTROY_AFTER, REASON, PERSONAL_DATA FROM SEPARATED_MEMBER WHERE MEMBER_ID = ?",
                    memberId);
            assertThat(separated).hasSize(1);
            assertThat(separated.get(0).get("REASON")).isEqualTo("WITHDRAWAL");
            assertThat(String.valueOf(separated.get(0).get("PERSONAL_DATA"))).contains(email, name, "Data Platform");
            LocalDateTime separatedAt = ((Timestamp) separated.get(0).get("SEPARATED_AT")).toLocalDateTime();
            assertThat(((Timestamp) separated.get(0).get("DESTROY_AFTER")).toLocalDateTime())
                    .isEqualTo(separatedAt.plusYears(1));

            // The session ended, and the account no longer opens.
            browser.open("/my/profile");
            assertThat(browser.path()).startsWith("/login");
            logIn(browser, says, email, password);
            assertThat(browser.pageText()).contains(says.get("login.failed"));

            assertAccessLogTellsTheStory(memberId);
        }
    }

    private static void logIn(Browser browser, Labels says, String email, String password) {
        browser.open("/login");
        browser.type(says.get("field.email"), email);
        browser.type(says.get("field.password"), password);
        browser.press(says.get("login.submit"));
    }

    /** Every read and write of the member's data is an access record with actor, time, IP, subject and task. */
    private static void assertAccessLogTellsTheStory(long memberId) throws SQLException {
        List<Map<String, Object>> records = Stores.accessRecordsOf(memberId);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.get("ACTOR_ID")).isNotNull();
            assertThat(record.get("OCCURRED_AT")).isNotNull();
            assertThat(record.get("CLIENT_IP")).isEqualTo("127.0.0.1");
        });
        assertThat(records).extracting(r -> r.get("OPERATION") + " " + r.get("TASK") + " " + r.get("OUTCOME"))
                .contains(
                        "DefaultMemberSelfService.signUp INPUT SUCCESS",
                        "SignUpConsentRecorder.recordConsents INPUT SUCCESS",
                        "DefaultMemberAuthentication.authenticate VIEW SUCCESS",
                        "DefaultMemberSelfService.verifyEmail MODIFY SUCCESS",
                        "DefaultMemberSelfService.viewOwnProfile VIEW SUCCESS",
                        "DefaultMemberSelfService.modifyOwnProfile MODIFY SUCCESS",
                        "DefaultConsentService.viewMyConsents VIEW SUCCESS",
                        "DefaultConsentService.withdrawMyConsent MODIFY SUCCESS",
                        "DefaultMemberSelfService.withdraw DELETE ERROR",
                        "DefaultMemberSelfService.withdraw DELETE SUCCESS");
        assertThat(records).filteredOn(r -> "DefaultMemberSelfService.viewOwnProfile".equals(r.get("OPERATION")))
                .allSatisfy(r -> assertThat(r.get("ACTOR_ID")).isEqualTo("member:" + memberId));

        // The database itself refuses to change or delete access records.
        try (Connection connection = Stores.open(Stores.OPERATIONAL); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE ACCESS_RECORD SET OUTCOME = 'SUCCESS' WHERE ID = " + records.get(0).get("ID")))
                    .hasMessageContaining("ACCESS_RECORD_IS_APPEND_ONLY");
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE ACCESS_CHAIN_LINK SET SUBJECT_ID = 0 WHERE SUBJECT_ID = " + memberId))
                    .as("the member a record names").hasMessageContaining("ACCESS_RECORD_IS_APPEND_ONLY");
            // The hash chain's links are written once, when the record is sealed (V12), and are no exception.
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE ACCESS_CHAIN_LINK SET CHAIN_HASH = '" + "0".repeat(64) + "' WHERE RECORD_ID = "
                    + records.get(0).get("ID")))
                    .hasMessageContaining("ACCESS_RECORD_IS_APPEND_ONLY");
            assertThatThrownBy(() -> statement.executeUpdate(
                    "DELETE FROM ACCESS_CHAIN_LINK WHERE RECORD_ID = " + records.get(0).get("ID")))
                    .hasMessageContaining("ACCESS_RECORD_IS_APPEND_ONLY");
            // A record without subjects, so that no foreign key speaks before the trigger.
            assertThatThrownBy(() -> statement.executeUpdate(
                    "DELETE FROM ACCESS_RECORD WHERE OPERATION = 'Auditing.started'"))
                    .hasMessageContaining("ACCESS_RECORD_IS_APPEND_ONLY");
        }
        assertThat(Stores.accessRecordsOf(memberId)).hasSameSizeAs(records);
    }
}
