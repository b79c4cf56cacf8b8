package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.audit.testing.AuditStore;
import dev.pims.audit.testing.RefusedChanges;
import dev.pims.consent.testing.ConsentStore;
import dev.pims.inspection.testing.InspectionStore;
import dev.pims.keyring.testing.KeyRingStore;
import dev.pims.membership.testing.MemberStore;
import dev.pims.membership.testing.SeparatedStore;
import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import jakarta.mail.internet.MimeMessage;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
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
    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());
    private static final InspectionStore INSPECTIONS = new InspectionStore(StoreConnections.operational());
    private static final RefusedChanges REFUSED_CHANGES = new RefusedChanges(StoreConnections.operational());

    /** Each journey starts with no mail. */
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

    /**
     * Guessing (policy §7A, issue 17). Twenty wrong passwords for one address: each refused answer waits longer (50,
     * 100, 200 ms in the tests, server-config/test.properties), the fifth locks the address for 15 minutes, even against
     * the right password, and the member is told by one mail in their language (Korean here); every attempt is a DENIED
     * access record naming the member, so the month's inspection flags the repeated denials of the anonymous actor. An
     * address no account has gets the same answers, so the lock tells nobody which addresses are members'; too many
     * failures from one client address refuse it; the lock runs out by itself. The attempts happen on a day of a past
     * month (the server's clock moved), which the inspection then covers.
     */
    @Test
    void twentyWrongPasswordsAreSlowedLockedToldByMailAndFlaggedAsRepeatedDenials() throws Exception {
        Labels says = new Labels("en");
        Labels saysKo = new Labels("ko");
        String email = MemberSteps.newEmail("guessing");
        long memberId;
        try (Browser browser = new Browser(base, "en")) {
            memberId = MemberSteps.join(browser, MAIL, email, "Guess Target");
        }
        MEMBERS.setLanguage(memberId, "ko");
        String locked = MessageFormat.format(says.get("login.locked"), "15");
        LocalDateTime day = LocalDateTime.of(2024, 2, 14, 3, 0);
        Duration offset = Duration.between(LocalDateTime.now(ZoneOffset.UTC), day);
        ServerControls.moveClock(base, offset);
        try (Browser browser = new Browser(base, "en")) {
            long lockedSince = 0;
            for (int attempt = 1; attempt <= 20; attempt++) {
                if (attempt == 6) {
                    lockedSince = System.nanoTime();
                }
                tryLogIn(browser, says, "en", email, "wrong-password-" + attempt);
                assertThat(browser.pageText())
                        .as("attempt %d", attempt)
                        .contains(attempt < 5 ? says.get("login.failed") : locked);
            }
            // A refusal while locked checks no password (no PBKDF2), so what it costs is the wait: 200 ms in the tests.
            assertThat(Duration.ofNanos(System.nanoTime() - lockedSince))
                    .as("slowed: the 15 attempts while locked wait 200 ms each")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(15 * 200));

            tryLogIn(browser, says, "en", email, MemberSteps.PASSWORD);
            assertThat(browser.path()).as("locked even for the right password").startsWith("/login");
            assertThat(browser.pageText()).contains(locked);

            String nobody = MemberSteps.newEmail("nobody");
            for (int attempt = 1; attempt <= 4; attempt++) {
                tryLogIn(browser, says, "en", nobody, "whatever-" + attempt);
                assertThat(browser.pageText()).contains(says.get("login.failed"));
            }
            try (Browser korean = new Browser(base, "ko")) {
                tryLogIn(korean, saysKo, "ko", nobody, "whatever-5");
                assertThat(korean.pageText())
                        .as("an unknown address locks as a member's does")
                        .contains(MessageFormat.format(saysKo.get("login.locked"), "15"));
            }

            ServerControls.setSystemProperty(base, "pims.member.login.client-max-failures", "20");
            try {
                tryLogIn(browser, says, "en", MemberSteps.newEmail("fresh"), "any-password");
                assertThat(browser.pageText())
                        .as("this client address was refused 26 times within the window")
                        .contains(MessageFormat.format(says.get("login.clientLimited"), "15"));
            } finally {
                // Back to the value of server-config/test.properties, which every test's failures from 127.0.0.1 need.
                ServerControls.setSystemProperty(base, "pims.member.login.client-max-failures", "1000");
            }

            ServerControls.moveClock(base, offset.plusMinutes(16));
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            assertThat(browser.path()).as("the lock ran out").startsWith("/my/profile");
        } finally {
            ServerControls.moveClock(base, Duration.ZERO);
            // Active today again, or the dormancy jobs of later tests would find a member idle since 2024.
            MEMBERS.setLastActiveAt(memberId, LocalDateTime.now());
        }

        String lockSubject = ResourceBundle.getBundle("dev.pims.membership.mail", Locale.KOREAN)
                .getString("locked.subject");
        assertThat(mailsTo(email, lockSubject))
                .as("one mail for the one lock, in the member's language")
                .containsOnlyOnce(lockSubject);

        List<AuditStore.Access> logins = AUDIT_LOG.recordsNaming(memberId).stream()
                .filter(record -> record.operation().equals("DefaultMemberAuthentication.authenticate"))
                .toList();
        assertThat(logins)
                .filteredOn(record -> record.outcome().equals("DENIED"))
                .hasSize(21)
                .allSatisfy(record -> {
                    assertThat(record.actorId()).isEqualTo("anonymous");
                    assertThat(record.occurredAt().toLocalDate()).isEqualTo(day.toLocalDate());
                });
        assertThat(logins.get(logins.size() - 1).outcome()).isEqualTo("SUCCESS");

        String inspector = STAFF.createScopedStaff("inspector", "Inspect-test-2026", Set.of("AUDITOR"), Set.of());
        try (Browser auditor = new Browser(base, "en")) {
            StaffSteps.logIn(auditor, inspector, "Inspect-test-2026");
            auditor.open("/audit/inspections?lang=en");
            auditor.type(says.get("inspection.month"), "2024-02");
            auditor.press(says.get("inspection.submit"));
        }
        assertThat(INSPECTIONS.flagsOf("2024-02"))
                .filteredOn(flag -> flag.kind().equals("REPEATED_DENIED"))
                .singleElement()
                .satisfies(flag -> {
                    assertThat(flag.actorId()).isEqualTo("anonymous");
                    assertThat(flag.day()).isEqualTo(day.toLocalDate());
                    assertThat(flag.observed())
                            .as("21 for the member, 5 for the unknown address, 1 over the client's limit")
                            .isEqualTo(27);
                });
    }

    /** PBKDF2 (policy §7A): a hash of the old 120 000 iterations becomes one of OWASP's 600 000 at the next login. */
    @Test
    void anOlderPasswordHashIsUpgradedAtTheNextLogin() throws Exception {
        String email = MemberSteps.newEmail("pbkdf2");
        try (Browser browser = new Browser(base, "en")) {
            long memberId = MemberSteps.join(browser, MAIL, email, "Hash Upgrade");
            MEMBERS.setPasswordHashedAsBefore(memberId, MemberSteps.PASSWORD);
            assertThat(MEMBERS.passwordHashOf(memberId)).startsWith("PBKDF2WithHmacSHA256:120000:");

            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            String upgraded = MEMBERS.passwordHashOf(memberId);
            assertThat(upgraded).startsWith("PBKDF2WithHmacSHA256:600000:");

            browser.forgetSession();
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            assertThat(MEMBERS.passwordHashOf(memberId)).as("not hashed again").isEqualTo(upgraded);
        }
    }

    private static void tryLogIn(Browser browser, Labels says, String language, String email, String password) {
        browser.open("/login?lang=" + language);
        browser.type(says.get("field.email"), email);
        browser.type(says.get("field.password"), password);
        browser.press(says.get("login.submit"));
    }

    /**
     * The subjects of the mails GreenMail caught for this address, one a line, once the lock's has come and a second
     * more for any that should not come.
     */
    private static String mailsTo(String email, String awaitedSubject) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && !subjectsOfMailsTo(email).contains(awaitedSubject)) {
            Thread.sleep(200);
        }
        Thread.sleep(1000);
        return subjectsOfMailsTo(email);
    }

    private static String subjectsOfMailsTo(String email) throws Exception {
        StringBuilder subjects = new StringBuilder();
        for (MimeMessage message : MAIL.getReceivedMessagesForDomain(email)) {
            subjects.append(message.getSubject()).append('\n');
        }
        return subjects.toString();
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
            browser.pick(says.get("signup.age.yes"));
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
