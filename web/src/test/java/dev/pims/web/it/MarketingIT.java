package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.consent.testing.MarketingConsentStore;
import dev.pims.mail.MailKind;
import dev.pims.mail.MailOutbox;
import dev.pims.mail.testing.MailOutboxStore;
import dev.pims.marketing.MarketingMail;
import dev.pims.marketing.testing.MarketingStore;
import dev.pims.marketing.testing.MarketingStore.Reconfirmation;
import dev.pims.marketing.testing.MarketingStore.Send;
import dev.pims.membership.testing.MemberStore;
import dev.pims.store.testing.StoreConnections;
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Marketing e-mail (policy §1D): the daily job {@value MarketingMail#RECONFIRMATION_JOB} tells each member whose
 * consent to it is two years old, or two years past the notice before, what they agreed to, when, and how to withdraw
 * (Network Act Art. 50(8)), once per cycle; the privacy officer's newsletter, sent by the sweep
 * {@value MarketingMail#NEWSLETTER_JOB}, reaches only the members whose consent is live when their mail is written.
 * Consents are written into the records at chosen times ({@link MarketingConsentStore}), so no clock moves ahead.
 */
class MarketingIT extends PimsInBrowserTest {

    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final MarketingConsentStore CONSENTS = new MarketingConsentStore(StoreConnections.operational());
    private static final MarketingStore MARKETING = new MarketingStore(StoreConnections.operational());
    private static final MailOutboxStore OUTBOX = new MailOutboxStore(StoreConnections.operational());
    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    /** How long a queued mail may take to reach GreenMail. */
    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(20);

    @Test
    void aMemberWhoseMarketingConsentTurnsTwoYearsOldIsToldOnceInTheirLanguageWithTheDateAndTheWithdrawalLink()
            throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        String email = MemberSteps.newEmail("reconfirm");
        long member = MEMBERS.insertVerifiedMember(email, "Consenting Kim", "010-3456-7890");
        MEMBERS.setLanguage(member, "ko");
        LocalDateTime given = now.minusYears(2).minusDays(3);
        CONSENTS.given(member, given);
        String youngEmail = MemberSteps.newEmail("reconfirm-young");
        long young = MEMBERS.insertVerifiedMember(youngEmail, "Recent Lee", "010-4567-8901");
        CONSENTS.given(young, now.minusYears(1));
        String withdrawnEmail = MemberSteps.newEmail("reconfirm-withdrawn");
        long withdrawn = MEMBERS.insertVerifiedMember(withdrawnEmail, "Withdrawn Park", "010-5678-9012");
        CONSENTS.given(withdrawn, now.minusYears(3));
        CONSENTS.withdrawn(withdrawn, now.minusYears(1));

        assertThat(ServerControls.runJob(base, MarketingMail.RECONFIRMATION_JOB))
                .startsWith("SUCCEEDED");

        String date = DateTimeFormatter.ofPattern(MarketingStore.mailText("reconfirmation.date", Locale.KOREAN))
                .format(given);
        MimeMessage notice =
                received(email, MailKind.MARKETING_RECONFIRMATION, 1).getFirst();
        assertThat(notice.getSubject())
                .as("in Korean, the member's language, with the date of the consent")
                .isEqualTo(
                        MessageFormat.format(MarketingStore.mailText("reconfirmation.subject", Locale.KOREAN), date));
        assertThat(String.valueOf(notice.getContent()))
                .contains(date)
                .contains(MarketingMail.CONSENTS_PAGE + "?lang=ko")
                .contains("철회");
        assertThat(MARKETING.reconfirmationsOf(member)).singleElement().satisfies(recorded -> {
            assertThat(recorded.consentGivenAt()).isEqualTo(given);
            assertThat(recorded.cycleFrom())
                    .as("the first cycle starts at the consent")
                    .isEqualTo(given);
            assertThat(recorded.noticedAt()).isAfterOrEqualTo(now);
            assertThat(recorded.addressHash()).isEqualTo(MarketingStore.addressHashOf(email));
            assertThat(recorded.outcome()).isEqualTo("QUEUED");
            assertThat(recorded.mailId())
                    .isEqualTo(mailsTo(email, MailKind.MARKETING_RECONFIRMATION)
                            .getFirst()
                            .id());
        });

        assertThat(ServerControls.runJob(base, MarketingMail.RECONFIRMATION_JOB))
                .as("a second run")
                .startsWith("SUCCEEDED");
        assertThat(MARKETING.reconfirmationsOf(member))
                .as("one notice per cycle")
                .hasSize(1);
        assertThat(mailsTo(email, MailKind.MARKETING_RECONFIRMATION)).hasSize(1);

        assertThat(MARKETING.reconfirmationsOf(young)).as("a year old: not yet").isEmpty();
        assertThat(MARKETING.reconfirmationsOf(withdrawn))
                .as("withdrawn: nothing to reconfirm")
                .isEmpty();
        assertThat(mailsTo(youngEmail, MailKind.MARKETING_RECONFIRMATION)).isEmpty();
        assertThat(mailsTo(withdrawnEmail, MailKind.MARKETING_RECONFIRMATION)).isEmpty();
    }

    @Test
    void theNextNoticeIsDueTwoYearsAfterTheLastNotNowAgain() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        LocalDateTime given = now.minusYears(5);
        String dueEmail = MemberSteps.newEmail("reconfirm-again");
        long due = MEMBERS.insertVerifiedMember(dueEmail, "Long Choi", "010-6789-0123");
        CONSENTS.given(due, given);
        LocalDateTime lastNotice = now.minusYears(2).minusDays(1);
        MARKETING.insertReconfirmation(due, given, lastNotice, dueEmail);
        String toldEmail = MemberSteps.newEmail("reconfirm-told");
        long told = MEMBERS.insertVerifiedMember(toldEmail, "Told Jung", "010-7890-1234");
        CONSENTS.given(told, given);
        MARKETING.insertReconfirmation(told, given, now.minusYears(1), toldEmail);

        assertThat(ServerControls.runJob(base, MarketingMail.RECONFIRMATION_JOB))
                .startsWith("SUCCEEDED");

        assertThat(MARKETING.reconfirmationsOf(due))
                .as("the second cycle counts from the first notice")
                .extracting(Reconfirmation::cycleFrom)
                .containsExactly(given, lastNotice);
        received(dueEmail, MailKind.MARKETING_RECONFIRMATION, 1);
        assertThat(MARKETING.reconfirmationsOf(told))
                .as("told a year ago: not yet again")
                .hasSize(1);
        assertThat(mailsTo(toldEmail, MailKind.MARKETING_RECONFIRMATION)).isEmpty();
    }

    @Test
    void theNewsletterReachesOnlyMembersWhoseConsentIsLiveWhenTheirMailIsWritten() throws Exception {
        String officerId = StaffSteps.newOfficer("marketing-officer");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        String liveEmail = MemberSteps.newEmail("newsletter-live");
        long live = MEMBERS.insertVerifiedMember(liveEmail, "Reader Han", "010-1111-2222");
        CONSENTS.given(live, now.minusDays(10));
        String koreanEmail = MemberSteps.newEmail("newsletter-ko");
        long korean = MEMBERS.insertVerifiedMember(koreanEmail, "Reader Seo", "010-1111-3333");
        MEMBERS.setLanguage(korean, "ko");
        CONSENTS.given(korean, now.minusDays(9));
        String earlierEmail = MemberSteps.newEmail("newsletter-withdrew-before");
        long earlier = MEMBERS.insertVerifiedMember(earlierEmail, "Former Yoon", "010-1111-4444");
        CONSENTS.given(earlier, now.minusDays(8));
        CONSENTS.withdrawn(earlier, now.minusDays(1));
        String neverEmail = MemberSteps.newEmail("newsletter-never");
        long never = MEMBERS.insertVerifiedMember(neverEmail, "Never Oh", "010-1111-5555");
        String laterEmail = MemberSteps.newEmail("newsletter-withdrew-after");
        long later = MEMBERS.insertVerifiedMember(laterEmail, "Changed Mind Lim", "010-1111-6666");
        CONSENTS.given(later, now.minusDays(7));
        String subject = "Spring news " + UUID.randomUUID();

        long newsletter;
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(browser, officerId, StaffSteps.OFFICER_PASSWORD);
            browser.open("/admin/newsletters?lang=" + MemberSteps.LANGUAGE);
            assertThat(browser.heading()).isEqualTo(SAYS.get("newsletter.title"));

            browser.type(SAYS.get("field.newsletterSubjectKo"), "봄 소식");
            browser.press(SAYS.get("newsletter.write.submit"));
            assertThat(browser.messageFor(SAYS.get("field.newsletterSubjectEn")))
                    .as("every text is asked for, in both languages")
                    .isEqualTo(SAYS.validation("pims.newsletter.subjectEn.required"));
            assertThat(browser.messageFor(SAYS.get("field.newsletterBodyKo")))
                    .isEqualTo(SAYS.validation("pims.newsletter.bodyKo.required"));

            browser.type(SAYS.get("field.newsletterSubjectKo"), "봄 소식 " + subject);
            browser.type(SAYS.get("field.newsletterBodyKo"), "새 기능을 소개합니다.");
            browser.type(SAYS.get("field.newsletterSubjectEn"), subject);
            browser.type(SAYS.get("field.newsletterBodyEn"), "Meet our new features.");
            browser.press(SAYS.get("newsletter.write.submit"));
            newsletter = MARKETING.newsletterIdBySubject(subject);
            assertThat(MARKETING.stateOf(newsletter)).isEqualTo("DRAFT");
            assertThat(browser.pageText()).contains(subject).contains(SAYS.get("newsletter.state.DRAFT"));

            // The runner's tick comes on each minute and its jobs are done within seconds: ask in the second half
            // of a minute, so that the withdrawal below comes between the request and the sweep's run.
            waitUntilWellInsideAMinute();
            browser.driver()
                    .findElement(org.openqa.selenium.By.xpath("//tr[td[contains(., '" + subject
                            + "')]]//button[.//span[text()='" + SAYS.get("newsletter.send") + "']]"))
                    .click();
            waitForState(newsletter, "SENDING", "SENT");
            CONSENTS.withdrawn(later, LocalDateTime.now(ZoneOffset.UTC));
        }

        assertThat(ServerControls.runJob(base, MarketingMail.NEWSLETTER_JOB)).startsWith("SUCCEEDED");

        assertThat(MARKETING.stateOf(newsletter)).isEqualTo("SENT");
        assertThat(MARKETING.sendsOf(newsletter))
                .as("one send record per member with a live consent when the mail was written")
                .extracting(Send::memberId)
                .contains(live, korean)
                .doesNotContain(earlier, never, later);
        assertThat(MARKETING.sendsOf(newsletter))
                .filteredOn(send -> send.memberId() == live)
                .singleElement()
                .satisfies(send -> {
                    assertThat(send.addressHash()).isEqualTo(MarketingStore.addressHashOf(liveEmail));
                    assertThat(send.mailId())
                            .isEqualTo(mailsTo(liveEmail, MailKind.NEWSLETTER)
                                    .getFirst()
                                    .id());
                });
        MimeMessage english = received(liveEmail, MailKind.NEWSLETTER, 1).getFirst();
        assertThat(english.getSubject()).isEqualTo(subject);
        assertThat(String.valueOf(english.getContent()))
                .contains("Meet our new features.")
                .contains(MarketingMail.CONSENTS_PAGE + "?lang=en");
        MimeMessage inKorean = received(koreanEmail, MailKind.NEWSLETTER, 1).getFirst();
        assertThat(inKorean.getSubject()).isEqualTo("봄 소식 " + subject);
        for (String nobody : List.of(earlierEmail, neverEmail, laterEmail)) {
            assertThat(mailsTo(nobody, MailKind.NEWSLETTER)).as(nobody).isEmpty();
        }

        assertThat(ServerControls.runJob(base, MarketingMail.NEWSLETTER_JOB))
                .as("a sent newsletter is not sent again")
                .startsWith("SUCCEEDED");
        assertThat(mailsTo(liveEmail, MailKind.NEWSLETTER)).hasSize(1);
    }

    /** Waits until the wall clock is between the 25th and the 50th second of a minute. */
    private static void waitUntilWellInsideAMinute() throws InterruptedException {
        while (true) {
            int second = LocalTime.now().getSecond();
            if (second >= 25 && second <= 50) {
                return;
            }
            Thread.sleep(500);
        }
    }

    /** Waits a little for the newsletter to be in one of these states. */
    private static void waitForState(long newsletter, String... states) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!List.of(states).contains(MARKETING.stateOf(newsletter)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(MARKETING.stateOf(newsletter)).isIn((Object[]) states);
    }

    /** The mails of a kind in the outbox for this address. */
    private static List<MailOutboxStore.OutboxMail> mailsTo(String email, MailKind kind) throws Exception {
        return OUTBOX.mailsTo(email).stream()
                .filter(mail -> mail.kind().equals(kind.name()))
                .toList();
    }

    /**
     * The mails GreenMail caught for this address, waiting until there are {@code count}: a member made by the fixture
     * gets no other mail. They wait for the outbox's sweep (no one is waiting for them): it is run now rather than
     * within the minute.
     */
    private List<MimeMessage> received(String email, MailKind kind, int count) throws Exception {
        assertThat(ServerControls.runJob(base, MailOutbox.SWEEP_JOB)).startsWith("SUCCEEDED");
        long deadline = System.nanoTime() + MAIL_PATIENCE.toNanos();
        List<MimeMessage> mails = List.of(MAIL.getReceivedMessagesForDomain(email));
        while (mails.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
            mails = List.of(MAIL.getReceivedMessagesForDomain(email));
        }
        assertThat(mails).as(kind + " mails to " + email).hasSize(count);
        return mails;
    }
}
