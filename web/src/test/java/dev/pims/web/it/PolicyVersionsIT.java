package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.consent.testing.ConsentStore;
import dev.pims.consent.testing.ConsentStore.Consent;
import dev.pims.consent.testing.ConsentStore.PublishedVersion;
import dev.pims.retention.RetentionOverview;
import dev.pims.store.testing.StoreConnections;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Policy versions and re-consent (policy §13, §14, §2B), on the real pages: the privacy officer drafts and publishes on
 * {@code /admin/policy}, and PIMS refuses an effective date less than 7 days after the announcement, or 30 for a change
 * marked as reducing members' rights or adding items or recipients; {@code /policy/versions} lists every published
 * version and {@code /policy/compare} shows any two side by side with the differences marked; each consent record
 * points at the version it was given under; once a version that changes a required consent is in force (the server's
 * clock moved past its effective date), a member is sent to {@code /my/reconsent} at the next login and sees only the
 * pages that show data until agreeing; the database refuses to change a consent record or a published version.
 *
 * <p>The version this class publishes takes effect {@value #DAYS_AHEAD} days from today, further than any other test
 * moves the clock forward for a member's login, so that no other test meets the re-consent.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PolicyVersionsIT extends PimsInBrowserTest {

    private static final ConsentStore CONSENTS = new ConsentStore(StoreConnections.operational());
    private static final Labels SAYS = new Labels("en");
    private static final Labels SAYS_KO = new Labels("ko");
    private static final int DAYS_AHEAD = 40;
    /** One paragraph added to each text, so that the comparison shows exactly one changed paragraph. */
    private static final String ADDITION_EN =
            "16. Consent again. Members consent again to this version at their next login.";

    private static final String ADDITION_KO = "16. 재동의. 회원은 다음 로그인 때 이 버전에 다시 동의합니다.";
    private static final String SUMMARY_EN = "Members consent again " + UUID.randomUUID();
    private static final String SUMMARY_KO = "회원 재동의 " + SUMMARY_EN.substring(SUMMARY_EN.length() - 36);

    /** §13: 7 days of notice, 30 for a change that reduces rights or adds items or recipients; refused drafts stay. */
    @Test
    @Order(1)
    void publishingRefusesAnEffectiveDateLessThanSevenDaysAheadOrThirtyForAChangeThatReducesRights() throws Exception {
        String handlerId = StaffSteps.newHandler("policy-handler");
        String officerId = StaffSteps.newOfficer("policy-officer");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Browser handler = new Browser(base, "en")) {
            StaffSteps.logIn(handler, handlerId, StaffSteps.HANDLER_PASSWORD);
            assertThat(handler.driver().findElements(By.id("nav-policy"))).isEmpty();
            handler.open("/admin/policy?lang=en");
            assertThat(handler.status()).isEqualTo(403);
            assertThat(handler.pageText()).contains(SAYS.get("error.forbidden.text"));
        }
        try (Browser officer = new Browser(base, "en")) {
            StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
            officer.open("/admin/policy?lang=en");
            assertThat(officer.heading()).isEqualTo(SAYS.get("policy.admin.title"));

            officer.press(SAYS.get("policy.admin.saveDraft"));
            assertThat(officer.messageFor(SAYS.get("field.policySummaryKo")))
                    .isEqualTo(SAYS.validation("pims.policy.summaryKo.required"));
            assertThat(officer.messageFor(SAYS.get("field.policyEffectiveOn")))
                    .isEqualTo(SAYS.validation("pims.policy.effectiveOn.required"));

            String sevenDays = "Seven days " + UUID.randomUUID();
            draft(officer, sevenDays, today.plusDays(6), false, false);
            officer.press(SAYS.get("policy.admin.publish"));
            assertThat(officer.pageText())
                    .contains(MessageFormat.format(
                            SAYS.get("policy.refused.tooEarly"),
                            "7",
                            today.plusDays(7).toString()));
            assertThat(CONSENTS.draftsSummarised(sevenDays))
                    .as("a refused draft stays a draft")
                    .isEqualTo(1);

            String thirtyDays = "Thirty days " + UUID.randomUUID();
            draft(officer, thirtyDays, today.plusDays(29), true, false);
            officer.press(SAYS.get("policy.admin.publish"));
            assertThat(officer.pageText())
                    .contains(MessageFormat.format(
                            SAYS.get("policy.refused.tooEarly"),
                            "30",
                            today.plusDays(30).toString()));
            assertThat(CONSENTS.draftsSummarised(thirtyDays)).isEqualTo(1);

            officer.open("/admin/policy?lang=en");
            String textKo = officer.field(SAYS.get("field.policyTextKo")).getAttribute("value");
            String textEn = officer.field(SAYS.get("field.policyTextEn")).getAttribute("value");
            assertThat(textEn).as("a draft starts from the text in force").contains("Privacy Policy");
            officer.type(SAYS.get("field.policyTextKo"), textKo.strip() + "\n\n" + ADDITION_KO);
            officer.type(SAYS.get("field.policyTextEn"), textEn.strip() + "\n\n" + ADDITION_EN);
            draft(officer, SUMMARY_KO, SUMMARY_EN, today.plusDays(DAYS_AHEAD), true, true);
            officer.press(SAYS.get("policy.admin.publish"));
            PublishedVersion published = CONSENTS.publishedVersions().get(0);
            assertThat(published.effectiveOn()).isEqualTo(today.plusDays(DAYS_AHEAD));
            assertThat(published.asksReconsent()).isTrue();
            assertThat(officer.pageText())
                    .contains(MessageFormat.format(
                            SAYS.get("policy.admin.published.done"),
                            String.valueOf(published.id()),
                            published.effectiveOn().toString()));
        }
    }

    /** §13, §14: every published version is listed, any two compare side by side, and /policy names its date. */
    @Test
    @Order(2)
    void everyPublishedVersionIsInTheArchiveAndAnyTwoCompareSideBySide() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<PublishedVersion> versions = CONSENTS.publishedVersions();
        PublishedVersion inForce = versions.stream()
                .filter(version -> !version.effectiveOn().isAfter(today))
                .findFirst()
                .orElseThrow();
        PublishedVersion announced = versions.get(0);
        assertThat(announced.effectiveOn()).isEqualTo(today.plusDays(DAYS_AHEAD));
        try (Browser visitor = new Browser(base, "en")) {
            visitor.open("/policy?lang=en");
            assertThat(visitor.textOf("effective-on"))
                    .isEqualTo(MessageFormat.format(
                            SAYS.get("policy.inForceSince"),
                            inForce.effectiveOn().toString()));
            assertThat(visitor.pageText()).doesNotContain(ADDITION_EN);

            visitor.follow(SAYS.get("policy.versions.link"));
            assertThat(visitor.path()).startsWith("/policy/versions");
            assertThat(visitor.heading()).isEqualTo(SAYS.get("policy.versions.title"));
            assertThat(visitor.pageText())
                    .contains("2019-08-01", announced.effectiveOn().toString(), SUMMARY_EN);

            visitor.choose(SAYS.get("field.policyFrom"), "2019-08-01");
            visitor.choose(SAYS.get("field.policyTo"), announced.effectiveOn().toString());
            visitor.press(SAYS.get("policy.compare.submit"));
            assertThat(visitor.path()).startsWith("/policy/compare");
            assertThat(visitor.textOf("changes"))
                    .isEqualTo(MessageFormat.format(SAYS.get("policy.compare.changes"), "1"));
            List<WebElement> changed =
                    visitor.driver().findElements(By.cssSelector("#comparison tbody tr:not(.diff-equal)"));
            assertThat(changed)
                    .singleElement()
                    .satisfies(row -> assertThat(row.getText()).contains(ADDITION_EN));
            assertThat(visitor.driver().findElements(By.cssSelector("#comparison tbody tr.diff-equal")))
                    .as("the unchanged paragraphs are there too")
                    .hasSizeGreaterThan(10);

            visitor.open("/policy?lang=en&version=" + announced.id());
            assertThat(visitor.textOf("effective-on"))
                    .isEqualTo(MessageFormat.format(
                            SAYS.get("policy.versionOf"),
                            announced.effectiveOn().toString()));
            assertThat(visitor.pageText()).contains(ADDITION_EN);
        }
        try (Browser korean = new Browser(base, "ko")) {
            korean.open("/policy/compare?lang=ko&from=" + inForce.id() + "&to=" + announced.id());
            assertThat(korean.heading()).isEqualTo(SAYS_KO.get("policy.compare.title"));
            assertThat(korean.pageText()).contains(ADDITION_KO);
        }
    }

    /**
     * §2B, §13, §14: a consent records the version it was given under; after the version asking for re-consent took
     * effect (the clock moved past it), the member's next login leads to /my/reconsent, other pages than those showing
     * data wait, and agreeing records each required consent under the new version. A member who joins under the new
     * version is not asked.
     */
    @Test
    @Order(3)
    void aConsentRecordsItsVersionAndAMemberIsAskedToConsentAgainAtTheLoginAfterAChangeTookEffect() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PublishedVersion asking = CONSENTS.publishedVersions().get(0);
        assertThat(asking.asksReconsent()).as("published by the first test").isTrue();
        long inForceNow = CONSENTS.publishedVersions().stream()
                .filter(version -> !version.effectiveOn().isAfter(today))
                .findFirst()
                .orElseThrow()
                .id();
        String email = MemberSteps.newEmail("reconsent");
        long member;
        try (Browser browser = new Browser(base, "en")) {
            member = MemberSteps.join(browser, MAIL, email, "Reconsent Member");
        }
        assertThat(CONSENTS.policyVersionIdsOf(member)).isNotEmpty().containsOnly(inForceNow);

        ServerControls.moveClock(base, Duration.ofDays(DAYS_AHEAD + 1));
        try {
            // Forty days on, mails are due for destruction: the engine's run, and its compaction of the outbox's table,
            // end before the sign-up below writes a mail (a compaction takes the table to itself).
            ServerControls.runJob(base, RetentionOverview.ENGINE_JOB);
            try (Browser browser = new Browser(base, "en")) {
                logInTo(browser, email);
                assertThat(browser.path()).as("asked at the login").startsWith("/my/reconsent");
                assertThat(browser.textOf("reconsent:summary")).isEqualTo(SUMMARY_EN);

                browser.open("/my/consents?lang=en");
                assertThat(browser.path())
                        .as("a page that shows data stays open")
                        .startsWith("/my/consents");
                browser.open("/my/profile/stay-active?lang=en");
                assertThat(browser.path()).as("any other page waits").startsWith("/my/reconsent");

                browser.press(SAYS.get("reconsent.agree"));
                assertThat(browser.path()).startsWith("/my/profile");
                assertThat(browser.pageText()).contains(SAYS.get("reconsent.agreed"));
                browser.open("/my/profile/stay-active?lang=en");
                assertThat(browser.path()).as("open again").startsWith("/my/profile/stay-active");
            }
            List<Consent> answers = CONSENTS.recordsOf(member, "RECONSENT_PAGE");
            assertThat(answers)
                    .extracting(Consent::purpose)
                    .containsExactlyInAnyOrder("TERMS_OF_USE", "PERSONAL_INFORMATION_COLLECTION");
            assertThat(answers).allSatisfy(answer -> {
                assertThat(answer.action()).isEqualTo("GIVEN");
                assertThat(answer.policyVersion())
                        .isEqualTo(asking.effectiveOn().toString());
            });
            List<Long> versions = CONSENTS.policyVersionIdsOf(member);
            assertThat(versions.subList(versions.size() - 2, versions.size())).containsOnly(asking.id());

            try (Browser browser = new Browser(base, "en")) {
                logInTo(browser, email);
                assertThat(browser.path()).as("asked once only").startsWith("/my/profile");
            }

            String newcomer = MemberSteps.newEmail("reconsent-new");
            long joined;
            try (Browser browser = new Browser(base, "en")) {
                joined = MemberSteps.join(browser, MAIL, newcomer, "Joined Later");
            }
            assertThat(CONSENTS.policyVersionIdsOf(joined)).isNotEmpty().containsOnly(asking.id());
            try (Browser browser = new Browser(base, "en")) {
                MemberSteps.logIn(browser, newcomer, MemberSteps.PASSWORD);
            }
        } finally {
            ServerControls.moveClock(base, Duration.ZERO);
        }
    }

    /** Consent records are append-only like the access log; a published version never changes. */
    @Test
    @Order(4)
    void theDatabaseRefusesToChangeOrDeleteAConsentRecordOrAPublishedVersion() throws Exception {
        String email = MemberSteps.newEmail("consent-append-only");
        long member;
        try (Browser browser = new Browser(base, "en")) {
            member = MemberSteps.join(browser, MAIL, email, "Append Only");
        }
        List<Consent> before = CONSENTS.recordsOf(member);
        assertThat(before).isNotEmpty();
        assertThatThrownBy(() -> CONSENTS.tryToChangeTheRecordsOf(member))
                .hasMessageContaining("CONSENT_RECORD_IS_APPEND_ONLY");
        assertThatThrownBy(() -> CONSENTS.tryToDeleteTheRecordsOf(member))
                .hasMessageContaining("CONSENT_RECORD_IS_APPEND_ONLY");
        assertThatThrownBy(() -> CONSENTS.tryToLowerTheRetentionFloor(1))
                .hasMessageContaining("CONSENT_RETENTION_FLOOR_LEGAL");
        long first = CONSENTS.publishedVersionEffectiveOn(LocalDate.of(2019, 8, 1));
        assertThatThrownBy(() -> CONSENTS.tryToMoveTheEffectiveDateOf(first, LocalDate.of(2019, 7, 1)))
                .hasMessageContaining("POLICY_VERSION_IS_PUBLISHED");
        assertThat(CONSENTS.recordsOf(member)).isEqualTo(before);
    }

    private static void draft(Browser officer, String summary, LocalDate effectiveOn, boolean reduces, boolean asks) {
        draft(officer, summary, summary, effectiveOn, reduces, asks);
    }

    private static void draft(
            Browser officer, String summaryKo, String summaryEn, LocalDate effectiveOn, boolean reduces, boolean asks) {
        officer.type(SAYS.get("field.policySummaryKo"), summaryKo);
        officer.type(SAYS.get("field.policySummaryEn"), summaryEn);
        officer.type(SAYS.get("field.policyEffectiveOn"), effectiveOn.toString());
        if (reduces) {
            officer.tick(SAYS.get("field.policyReducesRights"));
        } else {
            officer.untick(SAYS.get("field.policyReducesRights"));
        }
        if (asks) {
            officer.tick(SAYS.get("field.policyAsksReconsent"));
        } else {
            officer.untick(SAYS.get("field.policyAsksReconsent"));
        }
        officer.press(SAYS.get("policy.admin.saveDraft"));
        assertThat(officer.pageText()).contains(summaryEn);
    }

    /** Logs in as MemberSteps does, without asserting where the login leads. */
    private static void logInTo(Browser browser, String email) {
        browser.open("/login?lang=en");
        browser.type(SAYS.get("field.email"), email);
        browser.type(SAYS.get("field.password"), MemberSteps.PASSWORD);
        browser.press(SAYS.get("login.submit"));
    }
}
