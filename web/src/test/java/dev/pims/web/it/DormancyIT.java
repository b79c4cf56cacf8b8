package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.pims.audit.testing.AuditStore;
import dev.pims.consent.testing.ConsentStore;
import dev.pims.dormancy.DormancyNotices;
import dev.pims.dormancy.testing.DormancyNoticeStore;
import dev.pims.dormancy.testing.DormancyNoticeStore.Notice;
import dev.pims.keyring.testing.KeyRingStore;
import dev.pims.mail.MailKind;
import dev.pims.mail.MailOutbox;
import dev.pims.mail.testing.MailOutboxStore;
import dev.pims.membership.testing.MemberStore;
import dev.pims.membership.testing.SeparatedStore;
import dev.pims.store.testing.StoreConnections;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Dormant accounts (policy §4C): a year without activity makes an account dormant, so PIMS knows each member's latest
 * activity — noted at each login and at the first of the member's pages each day, never at every request — and a
 * member may agree to keep the account active for a longer period, as a consent record. Thirty days before the date,
 * the job {@value DormancyNotices#JOB} tells the member by e-mail, once per stretch of inactivity (cycle). When the date
 * comes, {@value DormancyNotices#SEPARATION_JOB} moves the data to the separated store's dormant area; a login with the
 * right password then mails a link that brings it back.
 */
class DormancyIT extends PimsInBrowserTest {

    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());
    private static final ConsentStore CONSENTS = new ConsentStore(StoreConnections.operational());
    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    private static final DormancyNoticeStore NOTICES = new DormancyNoticeStore(StoreConnections.operational());
    private static final MailOutboxStore OUTBOX = new MailOutboxStore(StoreConnections.operational());
    private static final SeparatedStore SEPARATED = new SeparatedStore(StoreConnections.separated());
    private static final KeyRingStore KEYS = KeyRingStore.ofTheTestServer(StoreConnections.operational());
    /** The test server keeps membership's default {@code pims.dormancy.after-days}: a year. */
    private static final int AFTER_DAYS = 365;
    /** Members per chunk of the notice job, read at each run. */
    private static final String CHUNK_SIZE = "pims.dormancy.chunk-size";
    /** How long a queued mail may take to reach GreenMail. */
    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(20);

    @Test
    void aLoginAndTheFirstPageOfEachDayAreTheMembersLatestActivity() throws Exception {
        String email = MemberSteps.newEmail("activity");
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            long member = MemberSteps.join(browser, MAIL, email, "Active Han");
            LocalDateTime beforeLogin = LocalDateTime.now(ZoneOffset.UTC);
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            LocalDateTime atLogin = MEMBERS.lastActiveAtOf(member);
            assertThat(atLogin).as("the login").isAfterOrEqualTo(beforeLogin.withNano(0));

            browser.open("/my/profile");
            browser.open("/my/visits");
            assertThat(MEMBERS.lastActiveAtOf(member))
                    .as("pages on the day of the login write nothing")
                    .isEqualTo(atLogin);
            assertThat(activityNotesOf(member)).isZero();

            try {
                ServerControls.moveClock(base, Duration.ofDays(1));
                browser.open("/my/profile");
                LocalDateTime nextDay = MEMBERS.lastActiveAtOf(member);
                assertThat(nextDay).as("the first page of the next day").isAfterOrEqualTo(atLogin.plusDays(1));
                browser.open("/my/visits");
                assertThat(MEMBERS.lastActiveAtOf(member))
                        .as("and no later page of that day")
                        .isEqualTo(nextDay);
                assertThat(activityNotesOf(member))
                        .as("one access record of the note, by the member")
                        .isEqualTo(1);
            } finally {
                ServerControls.moveClock(base, Duration.ZERO);
            }
        }
    }

    @Test
    void aMemberAgreesToStayActiveForThreeYearsAndTheAgreementIsAConsentRecordThatMovesTheDormancyDate()
            throws Exception {
        String email = MemberSteps.newEmail("stay-active");
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            long member = MemberSteps.join(browser, MAIL, email, "Staying Yoon");
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            browser.open("/my/profile");
            assertThat(browser.textOf("keepActiveUntil")).isEqualTo(SAYS.get("profile.keepActiveUntil.none"));
            String dormantAfterAYear = browser.textOf("dormantFrom");

            browser.follow(SAYS.get("profile.stayActive"));
            browser.press(SAYS.get("stayActive.agree"));
            assertThat(browser.messageFor(SAYS.get("stayActive.period")))
                    .as("no period chosen")
                    .isEqualTo(SAYS.validation("pims.field.required"));
            assertThat(CONSENTS.recordsOf(member))
                    .extracting(ConsentStore.Consent::purpose)
                    .doesNotContain("KEEP_ACCOUNT_ACTIVE");

            LocalDateTime beforeAgreeing = LocalDateTime.now(ZoneOffset.UTC);
            browser.pick(SAYS.get("stayActive.period.THREE_YEARS"));
            browser.press(SAYS.get("stayActive.agree"));

            assertThat(browser.path()).startsWith("/my/profile");
            LocalDateTime until = MEMBERS.keepActiveUntilOf(member);
            assertThat(until)
                    .isAfterOrEqualTo(beforeAgreeing.withNano(0).plusYears(3))
                    .isBefore(beforeAgreeing.plusYears(3).plusMinutes(1));
            assertThat(browser.pageText())
                    .contains(MessageFormat.format(SAYS.get("stayActive.agreed"), browser.textOf("keepActiveUntil")));
            assertThat(browser.textOf("dormantFrom"))
                    .as("dormant no sooner than the agreement ends")
                    .isEqualTo(browser.textOf("keepActiveUntil"))
                    .isNotEqualTo(dormantAfterAYear);
            assertThat(CONSENTS.agreementsOf(member)).singleElement().satisfies(agreement -> {
                assertThat(agreement.method()).isEqualTo("PROFILE_PAGE");
                assertThat(agreement.agreedUntil()).isEqualTo(until);
            });

            browser.open("/my/consents");
            assertThat(browser.pageText())
                    .contains(SAYS.get("consent.KEEP_ACCOUNT_ACTIVE"), SAYS.get("consents.onTheProfilePage"));
        }
    }

    @Test
    void anAgreementToStayActiveHoldsOffTheNoticeAndTheSeparationUntilItEnds() throws Exception {
        String keptEmail = MemberSteps.newEmail("kept-active");
        String endedEmail = MemberSteps.newEmail("agreement-ended");
        long kept;
        long ended;
        try {
            // A year and 15 days back, both members join and agree, one for three years, one for a year, and are idle
            // since: today the first agreement holds for two more years and the second ended 15 days ago. Back first,
            // so that the ledger's minute tick never sees a time ahead of the present.
            ServerControls.moveClock(base, Duration.ofDays(AFTER_DAYS + 15).negated());
            kept = joinAndAgreeToStayActive(keptEmail, "Kept Han", "THREE_YEARS");
            ended = joinAndAgreeToStayActive(endedEmail, "Ended Oh", "ONE_YEAR");
        } finally {
            ServerControls.moveClock(base, Duration.ZERO);
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        LocalDateTime keptIdleSince = MEMBERS.lastActiveAtOf(kept);
        assertThat(keptIdleSince).as("idle for more than a year").isBefore(now.minusDays(AFTER_DAYS));
        assertThat(MEMBERS.keepActiveUntilOf(kept)).isAfter(now.plusYears(1));
        assertThat(MEMBERS.keepActiveUntilOf(ended)).isBefore(now.minusDays(14));
        // A notice of this cycle whose date has passed, as if told before the agreement: the date no longer holds.
        NOTICES.insertNotice(kept, keptIdleSince, now.minusDays(1), keptEmail);

        assertThat(ServerControls.runJob(base, DormancyNotices.JOB)).startsWith("SUCCEEDED");
        assertThat(ServerControls.runJob(base, DormancyNotices.SEPARATION_JOB)).startsWith("SUCCEEDED");

        assertThat(MEMBERS.statusOf(kept)).as("kept active by the agreement").contains("ACTIVE");
        assertThat(MEMBERS.categoryRowsOf(kept)).isEqualTo(3);
        assertThat(SEPARATED.dormantOf(kept)).isEmpty();
        assertThat(NOTICES.noticesOf(kept))
                .as("no new notice; the old one lapsed")
                .extracting(Notice::outcome)
                .containsExactly("LAPSED");

        assertThat(NOTICES.noticesOf(ended)).singleElement().satisfies(notice -> {
            assertThat(notice.outcome()).isEqualTo("QUEUED");
            assertThat(notice.dormantFrom())
                    .as("the agreement's end has passed: the full notice period from today")
                    .isAfter(now.plusDays(29))
                    .isBefore(now.plusDays(31));
        });
        noticesReceivedBy(endedEmail, Locale.ENGLISH, 1);
        assertThat(MEMBERS.statusOf(ended))
                .as("told, not separated before the date")
                .contains("ACTIVE");
    }

    private long joinAndAgreeToStayActive(String email, String name, String period) throws Exception {
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            long member = MemberSteps.join(browser, MAIL, email, name);
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            browser.open("/my/profile/stay-active");
            browser.pick(SAYS.get("stayActive.period." + period));
            browser.press(SAYS.get("stayActive.agree"));
            assertThat(browser.path()).startsWith("/my/profile");
            return member;
        }
    }

    @Test
    void aMemberWhoseIdleYearEndsWithinThirtyDaysIsToldOnceInTheirLanguageWithTheDateAndTheStayActiveLink()
            throws Exception {
        String email = MemberSteps.newEmail("notice");
        String notYetEmail = MemberSteps.newEmail("not-yet");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        long member = MEMBERS.insertVerifiedMember(email, "Idle Kim", "010-3456-7890");
        MEMBERS.setLanguage(member, "ko");
        LocalDateTime lastActive = now.minusDays(AFTER_DAYS - 25);
        MEMBERS.setLastActiveAt(member, lastActive);
        long notYet = MEMBERS.insertVerifiedMember(notYetEmail, "Idle Lee", "010-4567-8901");
        MEMBERS.setLastActiveAt(notYet, now.minusDays(300));

        assertThat(ServerControls.runJob(base, DormancyNotices.JOB)).startsWith("SUCCEEDED");

        LocalDateTime dormantFrom = lastActive.plusDays(AFTER_DAYS);
        MimeMessage notice = noticesReceivedBy(email, Locale.KOREAN, 1).getFirst();
        String date = DateTimeFormatter.ofPattern(DormancyNoticeStore.noticeText("notice.date", Locale.KOREAN))
                .format(dormantFrom);
        assertThat(notice.getSubject())
                .as("in Korean, the member's language")
                .isEqualTo(MessageFormat.format(DormancyNoticeStore.noticeText("notice.subject", Locale.KOREAN), date));
        assertThat(String.valueOf(notice.getContent())).contains(date).contains(DormancyNotices.STAY_ACTIVE_PAGE);
        assertThat(NOTICES.noticesOf(member)).singleElement().satisfies(recorded -> {
            assertThat(recorded.idleSince()).as("the cycle").isEqualTo(lastActive);
            assertThat(recorded.dormantFrom()).isEqualTo(dormantFrom);
            assertThat(recorded.addressHash()).isEqualTo(DormancyNoticeStore.addressHashOf(email));
            assertThat(recorded.outcome()).isEqualTo("QUEUED");
            assertThat(recorded.mailId())
                    .isEqualTo(noticeMailsTo(email).getFirst().id());
        });
        assertThat(NOTICES.rawNoticesOf(member))
                .singleElement()
                .satisfies(row -> assertThat(row.values())
                        .as("the hash of the address, never the address")
                        .noneMatch(value -> String.valueOf(value).contains(email)));

        assertThat(ServerControls.runJob(base, DormancyNotices.JOB))
                .as("a second run")
                .startsWith("SUCCEEDED");
        assertThat(NOTICES.noticesOf(member)).as("one notice per cycle").hasSize(1);
        assertThat(noticeMailsTo(email)).hasSize(1);
        Thread.sleep(2_000);
        assertThat(noticesIn(MAIL, email, Locale.KOREAN))
                .as("nothing more arrives")
                .hasSize(1);

        assertThat(NOTICES.noticesOf(notYet)).as("dormant in 65 days: not yet").isEmpty();
        assertThat(noticeMailsTo(notYetEmail)).isEmpty();
    }

    @Test
    void membersIdleSinceOneMomentAreEachToldOnceAcrossChunksAndNotAgainByASecondRun() throws Exception {
        // An import may give many members one last activity: the chunks walk them by (time, id), and each learns who
        // was told already from that part of the cycle index only.
        LocalDateTime lastActive = LocalDateTime.now(ZoneOffset.UTC)
                .minusDays(AFTER_DAYS - 25)
                .withNano(0)
                .minusSeconds(7);
        List<String> emails = new ArrayList<>();
        List<Long> members = new ArrayList<>();
        for (int index = 0; index < 5; index++) {
            String email = MemberSteps.newEmail("one-moment");
            long member = MEMBERS.insertVerifiedMember(email, "Imported Choi", "010-5678-901" + index);
            MEMBERS.setLastActiveAt(member, lastActive);
            emails.add(email);
            members.add(member);
        }
        ServerControls.setSystemProperty(base, CHUNK_SIZE, "2");
        try {
            assertThat(ServerControls.runJob(base, DormancyNotices.JOB)).startsWith("SUCCEEDED");
            assertThat(ServerControls.runJob(base, DormancyNotices.JOB))
                    .as("a second run")
                    .startsWith("SUCCEEDED");
        } finally {
            ServerControls.clearSystemProperty(base, CHUNK_SIZE);
        }

        for (int index = 0; index < members.size(); index++) {
            assertThat(NOTICES.noticesOf(members.get(index)))
                    .as("one notice for member " + index + " of the five")
                    .extracting(Notice::idleSince)
                    .containsExactly(lastActive);
            assertThat(noticeMailsTo(emails.get(index))).hasSize(1);
        }
    }

    @Test
    void aLoginBeforeTheDateBeginsANewCycleWhichGetsItsOwnNoticeOnceTheMemberIsIdleAgain() throws Exception {
        String email = MemberSteps.newEmail("cycle");
        Duration back = Duration.ofDays(AFTER_DAYS - 20);
        long member;
        LocalDateTime firstCycle;
        LocalDateTime secondCycle;
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            try {
                // Back first, so that moving the clock forward to the present is the new year of inactivity: ahead of
                // the present, the ledger's minute tick would run every daily job of that year in the shared server,
                // and leave their runs in the future.
                ServerControls.moveClock(base, back.negated());
                member = MemberSteps.join(browser, MAIL, email, "Returning Park");
                firstCycle = LocalDateTime.now(ZoneOffset.UTC)
                        .minus(back)
                        .minusDays(AFTER_DAYS - 25)
                        .withNano(0);
                MEMBERS.setLastActiveAt(member, firstCycle);

                assertThat(ServerControls.runJob(base, DormancyNotices.JOB)).startsWith("SUCCEEDED");
                assertThat(NOTICES.noticesOf(member))
                        .extracting(Notice::idleSince)
                        .containsExactly(firstCycle);
                noticesReceivedBy(email, Locale.ENGLISH, 1);

                MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
                secondCycle = MEMBERS.lastActiveAtOf(member);
                assertThat(secondCycle).as("the login, 25 days before the date").isAfter(firstCycle.plusDays(300));
                assertThat(ServerControls.runJob(base, DormancyNotices.JOB)).startsWith("SUCCEEDED");
                assertThat(NOTICES.noticesOf(member))
                        .as("active again: nothing to tell")
                        .hasSize(1);
            } finally {
                ServerControls.moveClock(base, Duration.ZERO);
            }
        }

        assertThat(ServerControls.runJob(base, DormancyNotices.JOB))
                .as("a year less 20 days after the login")
                .startsWith("SUCCEEDED");
        assertThat(NOTICES.noticesOf(member))
                .as("one notice per cycle, the old one kept")
                .extracting(Notice::idleSince)
                .containsExactly(firstCycle, secondCycle);
        assertThat(noticeMailsTo(email)).hasSize(2);
        List<MimeMessage> notices = noticesReceivedBy(email, Locale.ENGLISH, 2);
        String secondDate = DateTimeFormatter.ofPattern(DormancyNoticeStore.noticeText("notice.date", Locale.ENGLISH))
                .format(secondCycle.plusDays(AFTER_DAYS));
        assertThat(notices.getLast().getSubject()).contains(secondDate);
    }

    @Test
    void aNoticedMemberWhoseDateHasComeIsSeparatedAndOneWhoLoggedInSinceIsNot() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        LocalDateTime idleSince = now.minusDays(AFTER_DAYS + 10);
        String email = MemberSteps.newEmail("separated");
        long member = MEMBERS.insertVerifiedMember(email, "Dormant Choi", "010-6789-0123");
        MEMBERS.setLastActiveAt(member, idleSince);
        NOTICES.insertNotice(member, idleSince, now.minusDays(1), email);
        String returnedEmail = MemberSteps.newEmail("returned");
        long returned = MEMBERS.insertVerifiedMember(returnedEmail, "Returned Jung", "010-7890-1234");
        MEMBERS.setLastActiveAt(returned, idleSince);
        NOTICES.insertNotice(returned, idleSince, now.minusDays(1), returnedEmail);
        MEMBERS.setLastActiveAt(returned, now.minusDays(2));

        assertThat(ServerControls.runJob(base, DormancyNotices.SEPARATION_JOB)).startsWith("SUCCEEDED");

        assertThat(MEMBERS.statusOf(member)).contains("DORMANT");
        assertThat(MEMBERS.categoryRowsOf(member)).as("no profile rows left").isZero();
        assertThat(MEMBERS.storedEmailOf(member))
                .as("a keyed hash, not the address")
                .startsWith("dormant:")
                .doesNotContain("@");
        assertThat(SEPARATED.dormantOf(member)).hasValueSatisfying(dormant -> {
            assertThat(KEYS.isSealed(dormant.dataAsStored())).isTrue();
            assertThat(dormant.dataAsStored()).doesNotContain(email);
            assertThat(dormant.personalData(KEYS)).contains(email, "Dormant Choi", "010-6789-0123");
        });
        assertThat(NOTICES.noticesOf(member)).extracting(Notice::outcome).containsExactly("SEPARATED");
        AUDIT_LOG.awaitSealed(Duration.ofSeconds(10));
        assertThat(AUDIT_LOG.recordsNaming(member))
                .filteredOn(access -> access.task().equals("SEPARATE"))
                .singleElement()
                .satisfies(access -> {
                    assertThat(access.actorId()).isEqualTo("system");
                    assertThat(access.actorRole()).isEqualTo("SYSTEM");
                });

        assertThat(MEMBERS.statusOf(returned)).as("logged in after the notice").contains("ACTIVE");
        assertThat(MEMBERS.categoryRowsOf(returned)).isEqualTo(3);
        assertThat(SEPARATED.dormantOf(returned)).isEmpty();
        assertThat(NOTICES.noticesOf(returned)).extracting(Notice::outcome).containsExactly("LAPSED");
    }

    @Test
    void aDormantMemberLogsInFollowsTheMailedLinkAndFindsTheProfileBack() throws Exception {
        String email = MemberSteps.newEmail("restored");
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            long member = MemberSteps.join(browser, MAIL, email, "Restored Kang");
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
            LocalDateTime idleSince = now.minusDays(AFTER_DAYS + 5);
            MEMBERS.setLastActiveAt(member, idleSince);
            NOTICES.insertNotice(member, idleSince, now.minusHours(1), email);
            assertThat(ServerControls.runJob(base, DormancyNotices.SEPARATION_JOB))
                    .startsWith("SUCCEEDED");
            assertThat(MEMBERS.statusOf(member)).contains("DORMANT");

            browser.open("/login?lang=" + MemberSteps.LANGUAGE);
            browser.type(SAYS.get("field.email"), email);
            browser.type(SAYS.get("field.password"), "not-the-password-1");
            browser.press(SAYS.get("login.submit"));
            assertThat(browser.pageText())
                    .as("a wrong password: as for any account")
                    .contains(SAYS.get("login.failed"))
                    .doesNotContain(SAYS.get("login.dormant"));

            browser.type(SAYS.get("field.email"), email);
            browser.type(SAYS.get("field.password"), MemberSteps.PASSWORD);
            browser.press(SAYS.get("login.submit"));
            assertThat(browser.path()).startsWith("/login");
            assertThat(browser.pageText()).contains(SAYS.get("login.dormant"));
            String link = MemberSteps.restoreLinkSentTo(MAIL, email);
            browser.type(SAYS.get("field.email"), email);
            browser.type(SAYS.get("field.password"), MemberSteps.PASSWORD);
            browser.press(SAYS.get("login.submit"));
            assertThat(browser.pageText()).contains(SAYS.get("login.dormant"));
            assertThat(OUTBOX.mailsTo(email))
                    .as("a second login minutes later sends no second link")
                    .filteredOn(mail -> mail.kind().equals(MailKind.RESTORE_LINK.name()))
                    .hasSize(1);

            LocalDateTime beforeRestore = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
            browser.open(link.replaceFirst("https?://[^/]+", ""));
            assertThat(browser.pageText()).contains(SAYS.get("restore.done"));
            assertThat(MEMBERS.statusOf(member)).contains("ACTIVE");
            assertThat(MEMBERS.storedEmailOf(member)).isEqualTo(email);
            assertThat(MEMBERS.categoryRowsOf(member)).isEqualTo(3);
            assertThat(SEPARATED.dormantOf(member))
                    .as("nothing left in the dormant area")
                    .isEmpty();
            assertThat(MEMBERS.lastActiveAtOf(member)).as("a new cycle").isAfterOrEqualTo(beforeRestore);
            AUDIT_LOG.awaitSealed(Duration.ofSeconds(10));
            assertThat(AUDIT_LOG.recordsNaming(member))
                    .filteredOn(access -> access.task().equals("RESTORE"))
                    .hasSize(1);

            browser.open(link.replaceFirst("https?://[^/]+", ""));
            assertThat(browser.pageText()).as("the link is spent").contains(SAYS.get("restore.invalid"));

            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            assertThat(browser.pageText()).contains("Restored Kang");
        }
    }

    /** The notices in the outbox for this address. */
    private static List<MailOutboxStore.OutboxMail> noticeMailsTo(String email) throws Exception {
        return OUTBOX.mailsTo(email).stream()
                .filter(mail -> mail.kind().equals(MailKind.DORMANCY_NOTICE.name()))
                .toList();
    }

    /**
     * The notices GreenMail caught for this address, waiting until there are at least {@code count}. Notices wait for the
     * outbox's sweep (no one is waiting for them): it is run now rather than within the minute.
     */
    private List<MimeMessage> noticesReceivedBy(String email, Locale language, int count) throws Exception {
        assertThat(ServerControls.runJob(base, MailOutbox.SWEEP_JOB)).startsWith("SUCCEEDED");
        long deadline = System.nanoTime() + MAIL_PATIENCE.toNanos();
        List<MimeMessage> notices = noticesIn(MAIL, email, language);
        while (notices.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
            notices = noticesIn(MAIL, email, language);
        }
        assertThat(notices).as("dormancy notices to " + email).hasSize(count);
        return notices;
    }

    /** Known by the subject's words before the date, in the member's language. */
    private static List<MimeMessage> noticesIn(GreenMailExtension mail, String email, Locale language)
            throws MessagingException {
        String subject = DormancyNoticeStore.noticeText("notice.subject", language);
        String start = subject.substring(0, subject.indexOf('{'));
        List<MimeMessage> notices = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessagesForDomain(email)) {
            if (message.getSubject().startsWith(start)) {
                notices.add(message);
            }
        }
        return notices;
    }

    /** The member's own MODIFY records of their account: only the note of activity writes one without a form. */
    private static long activityNotesOf(long member) throws Exception {
        return AUDIT_LOG.recordsOf("member:" + member).stream()
                .filter(access ->
                        access.task().equals("MODIFY") && access.categories().equals("ACCOUNT"))
                .count();
    }
}
