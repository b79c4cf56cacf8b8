package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.audit.testing.AuditStore;
import dev.pims.audit.testing.RefusedChanges;
import dev.pims.consent.testing.ConsentStore;
import dev.pims.keyring.testing.KeyRingStore;
import dev.pims.membership.testing.MemberStore;
import dev.pims.membership.testing.SeparatedStore;
import dev.pims.store.testing.StoreConnections;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole self-service life of a member, in a real browser, in Korean and in English: sign up, verify the e-mail,
 * log in, modify the profile, withdraw an optional consent, withdraw the membership, and fail to log in afterwards.
 * Each step is checked on the page and in the stores, including the access log.
 */
class MemberJourneyIT extends PimsInBrowserTest {

    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final SeparatedStore SEPARATED = new SeparatedStore(StoreConnections.separated());
    private static final KeyRingStore KEYS = KeyRingStore.ofTheTestServer(StoreConnections.operational());
    private static final ConsentStore CONSENTS = new ConsentStore(StoreConnections.operational());
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());
    private static final RefusedChanges REFUSED_CHANGES = new RefusedChanges(StoreConnections.operational());

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
                assertThat(browser.pageText())
                        .contains(
                                says.get("policy.officer.heading"),
                                says.get("policy.officer.nameValue"),
                                says.get("policy.officer.positionValue"),
                                "02-543-7762",
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
                            .isSelected())
                    .as("nothing is pre-ticked")
                    .isFalse();
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

            Long memberId = MEMBERS.memberIdOf(email);
            assertThat(memberId).as("the account is stored").isNotNull();
            assertThat(MEMBERS.statusOf(memberId)).contains("PENDING_VERIFICATION");
            List<ConsentStore.Consent> consents = CONSENTS.recordsOf(memberId).stream()
                    .sorted(Comparator.comparing(ConsentStore.Consent::purpose))
                    .toList();
            assertThat(consents)
                    .extracting(consent -> consent.purpose() + " " + consent.action() + " " + consent.policyVersion()
                            + " " + consent.clientIp() + " " + consent.method())
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
            assertThat(MEMBERS.profileOf(memberId).map(MemberStore.Profile::department))
                    .contains("Data Platform");

            // Withdraw the optional marketing consent.
            browser.open("/my/consents");
            browser.press(says.get("consents.withdraw"));
            assertThat(browser.pageText()).contains(says.get("consents.withdrawn"));
            assertThat(CONSENTS.recordsOf(memberId))
                    .filteredOn(consent -> consent.purpose().equals("MARKETING_EMAIL"))
                    .extracting(consent -> consent.action() + " " + consent.method())
                    .containsExactly("GIVEN SIGN_UP_FORM", "WITHDRAWN CONSENT_PAGE");

            // Withdraw the membership (policy §11): a wrong password changes nothing.
            browser.open("/my/withdraw");
            browser.type(says.get("withdraw.password"), "not-my-password-1");
            browser.press(says.get("withdraw.confirm"));
            assertThat(browser.pageText()).contains(says.get("membership.refused.WRONG_PASSWORD"));
            assertThat(MEMBERS.memberIdOf(email)).isEqualTo(memberId);

            browser.type(says.get("withdraw.password"), password);
            browser.press(says.get("withdraw.confirm"));
            assertThat(browser.path()).as(browser.pageText()).startsWith("/withdrawn");
            assertThat(browser.pageText()).contains(says.get("withdrawn.text"));

            assertThat(MEMBERS.memberIdOf(email))
                    .as("the account is gone from the operational store")
                    .isNull();
            assertThat(MEMBERS.profileOf(memberId)).isEmpty();
            assertThat(MEMBERS.withdrawalChannelsOf(memberId)).hasSize(1);
            SeparatedStore.Separated separated = SEPARATED.separatedOf(memberId).orElseThrow();
            assertThat(separated.reason()).isEqualTo("WITHDRAWAL");
            assertThat(separated.dataAsStored()).as("kept sealed").doesNotContain(email);
            assertThat(separated.personalData(KEYS)).contains(email, name, "Data Platform");
            assertThat(separated.destroyAfter())
                    .isEqualTo(separated.separatedAt().plusYears(1));

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
        List<AuditStore.Access> records = AUDIT_LOG.recordsNaming(memberId);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.actorId()).isNotNull();
            assertThat(record.occurredAt()).isNotNull();
            assertThat(record.clientIp()).isEqualTo("127.0.0.1");
        });
        assertThat(records)
                .extracting(r -> r.operation() + " " + r.task() + " " + r.outcome())
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
        assertThat(records)
                .filteredOn(r -> "DefaultMemberSelfService.viewOwnProfile".equals(r.operation()))
                .allSatisfy(r -> assertThat(r.actorId()).isEqualTo("member:" + memberId));

        // The database itself refuses to change or delete access records.
        long first = records.get(0).id();
        assertThatThrownBy(() -> REFUSED_CHANGES.updateOutcomeOf(first, "SUCCESS"))
                .hasMessageContaining("ACCESS_RECORD_IS_APPEND_ONLY");
        assertThatThrownBy(() -> REFUSED_CHANGES.updateLinksNaming(memberId, 0))
                .as("the member a record names")
                .hasMessageContaining("ACCESS_RECORD_IS_APPEND_ONLY");
        // The hash chain's links are written once, when the record is sealed, and are no exception.
        assertThatThrownBy(() -> REFUSED_CHANGES.updateChainHashOf(first, "0".repeat(64)))
                .hasMessageContaining("ACCESS_RECORD_IS_APPEND_ONLY");
        assertThatThrownBy(() -> REFUSED_CHANGES.deleteLinkOf(first))
                .hasMessageContaining("ACCESS_RECORD_IS_APPEND_ONLY");
        // A record without subjects, so that no foreign key speaks before the trigger.
        assertThatThrownBy(() -> REFUSED_CHANGES.deleteRecordsOf("Auditing.started"))
                .hasMessageContaining("ACCESS_RECORD_IS_APPEND_ONLY");
        assertThat(AUDIT_LOG.recordsNaming(memberId)).hasSameSizeAs(records);
    }
}
