package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.pims.audit.records.AccessChain;
import dev.pims.audit.testing.AuditStore;
import dev.pims.backup.BackupJob;
import dev.pims.backup.testing.pause.BackupPause;
import dev.pims.consent.testing.MarketingConsentStore;
import dev.pims.dormancy.DormancyNotices;
import dev.pims.dormancy.testing.DormancyNoticeStore;
import dev.pims.dormancy.testing.pause.SeparationPause;
import dev.pims.jobs.Schedule;
import dev.pims.jobs.testing.JobLedgerStore;
import dev.pims.jobs.testing.JobLedgerStore.LedgerRow;
import dev.pims.jobs.testing.crash.ChunkedCrashProbe;
import dev.pims.jobs.testing.crash.ChunkedCrashProbe.Done;
import dev.pims.mail.testing.MailOutboxStore;
import dev.pims.mail.testing.pause.OutboxPause;
import dev.pims.marketing.MarketingMail;
import dev.pims.marketing.testing.MarketingStore;
import dev.pims.membership.testing.MemberStore;
import dev.pims.membership.testing.SeparatedStore;
import dev.pims.membership.testing.pause.WithdrawalPause;
import dev.pims.notices.TransferNotices;
import dev.pims.notices.testing.TransferNoticeStore;
import dev.pims.retention.RetentionOverview;
import dev.pims.retention.testing.DestructionLedgerStore;
import dev.pims.retention.testing.pause.RetentionPause;
import dev.pims.store.testing.StoreConnections;
import dev.pims.store.testing.held.HeldUntilKilled;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PIMS as {@code ./pims start --demo} runs it, started, killed and started again on one data dir: the access records of
 * a busy start are sealed without anyone asking, and a withdrawal killed in the middle of its two-store commit is
 * whole in exactly one store after the restart (ADR 0005); a job killed in the middle of its run is finished after
 * the restart with nothing lost, nothing done twice and no later run touched early.
 */
@ExtendWith(PreviousServerGone.class)
class ServerLifecycleIT {

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);

    /**
     * The tests the suite's run on PostgreSQL leaves out (web/pom.xml, failsafe execution {@code postgresql}): there
     * only the two withdrawals killed in their two-store commit run, for ADR 0005 with PostgreSQL's prepared
     * transactions, and the restore of a backup, which is {@code pg_dump}'s and {@code pg_restore}'s there.
     */
    static final String DERBY_ONLY = "derby-only";

    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    private static final Duration SEALING_PATIENCE = Duration.ofSeconds(10);
    private static final Path RUN =
            Path.of(System.getProperty("it.run.dir", "target/it-run")).toAbsolutePath();
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());
    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final SeparatedStore SEPARATED = new SeparatedStore(StoreConnections.separated());
    private static final JobLedgerStore LEDGER = new JobLedgerStore(StoreConnections.operational());
    private static final DestructionLedgerStore DESTRUCTIONS =
            new DestructionLedgerStore(StoreConnections.operational());
    private static final DormancyNoticeStore NOTICES = new DormancyNoticeStore(StoreConnections.operational());
    private static final MailOutboxStore OUTBOX = new MailOutboxStore(StoreConnections.operational());
    private static final TransferNoticeStore TRANSFERS = new TransferNoticeStore(StoreConnections.operational());
    private static final MarketingStore MARKETING = new MarketingStore(StoreConnections.operational());
    private static final MarketingConsentStore MARKETING_CONSENTS =
            new MarketingConsentStore(StoreConnections.operational());
    private static final String RETENTION_CHUNK = "pims.retention.chunk-size";
    private static final String WITHDRAWAL_RECORDS = "membership.withdrawal-records";
    private static final String SEPARATED_MEMBERS = "membership.separated-members";
    /**
     * What every start of this server has. The lease of every run ({@code pims.jobs.lease-seconds}, 300 unset) and the
     * runner's tick ({@code pims.jobs.tick-seconds}, 60 unset): short, so that a run whose server was killed is taken
     * over seconds after the restart, and a run the test made due starts seconds after. The chunks of the mail jobs and
     * the dormancy jobs: small, so that a few members make several chunks, at every start, the start-up catch-up's as
     * much as a killed run's.
     */
    private static final Map<String, String> EVERY_START = Map.of(
            "pims.jobs.lease-seconds", "10",
            "pims.jobs.tick-seconds", "5",
            "pims.notices.chunk-size", "5",
            "pims.marketing.chunk-size", "2",
            "pims.dormancy.chunk-size", "2");
    /**
     * When the retention engine (RetentionEngine), the backup (DailyBackup) and the separation of dormant accounts
     * (SeparationJob) run every day, UTC.
     */
    private static final LocalTime ENGINE_TIME = LocalTime.of(4, 0);

    private static final LocalTime BACKUP_TIME = LocalTime.of(3, 0);
    private static final LocalTime SEPARATION_TIME = LocalTime.of(1, 0);
    /** Ample time for a test to set up a run and for a tick to claim it, which must not cross the job's time of day. */
    private static final Duration SET_UP_ALLOWANCE = Duration.ofMinutes(1);
    /** Patience for the killed run to be taken over and finished: the start-up catch-up, or a tick after the lease. */
    private static final Duration TAKE_OVER_PATIENCE = Duration.ofMinutes(3);
    /** After how many of its items the crash probe's first attempt stops. */
    private static final int ITEMS_BEFORE_THE_KILL = 4;

    private static LaunchedPims pims;

    @BeforeAll
    static void startWithDemoData() throws Exception {
        pims = LaunchedPims.start(
                RUN.resolve("launched"),
                PimsDeployment.war()
                        .addPackages(
                                false,
                                WithdrawalPause.class.getPackage(),
                                ChunkedCrashProbe.class.getPackage(),
                                RetentionPause.class.getPackage(),
                                SeparationPause.class.getPackage(),
                                OutboxPause.class.getPackage(),
                                BackupPause.class.getPackage(),
                                HeldUntilKilled.class.getPackage()),
                EVERY_START);
    }

    @AfterAll
    static void stop() throws Exception {
        pims.close();
    }

    @Test
    @Tag(DERBY_ONLY)
    void everyAccessRecordOfABusyStartIsSealedWithinSecondsWithoutAnyoneAsking() throws Exception {
        AUDIT_LOG.awaitSealed(SEALING_PATIENCE);
        assertThat(AUDIT_LOG.recordCount())
                .as("the demo members were enrolled through the audited road")
                .isGreaterThan(40);

        // Written after the start, so only the running sealer can seal them (not the start's sealing of leftovers).
        try (Browser browser = new Browser(pims.base(), MemberSteps.LANGUAGE)) {
            String email = MemberSteps.newEmail("sealed-while-running");
            MemberSteps.join(browser, MAIL, email, "Jane Doe");
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
        }
        AUDIT_LOG.awaitSealed(SEALING_PATIENCE);
    }

    @Test
    void aWithdrawalKilledAfterItsDecisionIsWholeInTheSeparatedStoreAfterARestart() throws Exception {
        long member = withdrawAndKillIn("commit");

        assertThat(MEMBERS.statusOf(member))
                .as("gone from the operational store: the account")
                .isEmpty();
        assertThat(MEMBERS.profileOf(member))
                .as("gone from the operational store: the profile")
                .isEmpty();
        assertThat(MEMBERS.withdrawalChannelsOf(member)).hasSize(1);
        assertThat(SEPARATED.separatedOf(member))
                .as("whole in the separated store")
                .isPresent();
    }

    @Test
    void aWithdrawalKilledBeforeItsDecisionIsWholeInTheOperationalStoreAfterARestart() throws Exception {
        long member = withdrawAndKillIn("prepare");

        assertThat(MEMBERS.statusOf(member)).contains("ACTIVE");
        assertThat(MEMBERS.profileOf(member)).isPresent();
        assertThat(MEMBERS.withdrawalChannelsOf(member)).isEmpty();
        assertThat(SEPARATED.separatedOf(member))
                .as("nothing in the separated store")
                .isEmpty();
    }

    /** Art. 8: a clean stop leaves its record in the chain, between the start before it and the start after it. */
    @Test
    @Tag(DERBY_ONLY)
    void aCleanStopIsRecordedBetweenTwoStarts() throws Exception {
        long starts = auditingRecords("Auditing.started");
        long stops = auditingRecords("Auditing.stopped");

        pims.close();
        pims.startAgain();
        AUDIT_LOG.awaitSealed(SEALING_PATIENCE);

        assertThat(auditingRecords("Auditing.stopped")).isEqualTo(stops + 1);
        assertThat(auditingRecords("Auditing.started")).isEqualTo(starts + 1);
        List<String> events = AUDIT_LOG.auditingEvents();
        assertThat(events.subList(Math.max(0, events.size() - 2), events.size()))
                .containsExactly("Auditing.stopped", "Auditing.started");
    }

    /**
     * LIFECYCLE: a job that works in chunks, killed (SIGKILL) in the middle of its run, is taken over after the restart
     * as the run's second attempt once its lease has expired, and finishes only what was left: every item done
     * exactly once, the run SUCCEEDED at attempt 2, and no run of a later scheduled time touched.
     */
    @Test
    @Tag(DERBY_ONLY)
    void aJobKilledInTheMiddleOfItsRunIsFinishedAfterARestartWithNothingLostOrDoubled() throws Exception {
        Path items = RUN.resolve("crash-probe");
        deleteRecursively(items);
        Files.createDirectories(items);
        Path signal = items.resolve(ChunkedCrashProbe.SIGNAL_FILE);
        // The probe ran, unarmed, at the start-up catch-up; once armed, it is forgotten by the ledger, so that the
        // next tick claims its latest due time again and runs it as the first attempt.
        awaitIdleRunOfTheProbe();
        ServerControls.setSystemProperty(pims.base(), ChunkedCrashProbe.DIR, items.toString());
        ServerControls.setSystemProperty(
                pims.base(), ChunkedCrashProbe.PAUSE_AFTER, Integer.toString(ITEMS_BEFORE_THE_KILL));
        LEDGER.forget(ChunkedCrashProbe.NAME);

        awaitFile(signal, Duration.ofSeconds(90), "the crash probe stopped in the middle of its run");
        Instant scheduledFor = Instant.parse(Files.readString(signal).trim());
        LocalDateTime due = LocalDateTime.ofInstant(scheduledFor, ZoneOffset.UTC);
        LocalDateTime later = due.plusDays(1);
        assertThat(LEDGER.run(ChunkedCrashProbe.NAME, due))
                .as("the run is held by the server about to be killed")
                .hasValueSatisfying(row -> {
                    assertThat(row.outcome()).isEqualTo("RUNNING");
                    assertThat(row.attempts()).isEqualTo(1);
                });
        assertThat(ChunkedCrashProbe.recordedIn(items, scheduledFor))
                .as("the first attempt's items before the kill")
                .extracting(Done::item)
                .containsExactly(1, 2, 3, 4);

        pims.kill();
        // Only the directory: the restarted server's probe finishes the run, and does not stop again.
        pims.startAgain(Map.of(ChunkedCrashProbe.DIR, items.toString()));
        AUDIT_LOG.awaitSealed(SEALING_PATIENCE);
        LedgerRow ended = awaitEndedRunOf(ChunkedCrashProbe.NAME, due);

        assertThat(ended.outcome()).isEqualTo("SUCCEEDED");
        assertThat(ended.attempts())
                .as("taken over after the lease expired, as the second attempt")
                .isEqualTo(2);
        assertThat(ended.count())
                .as("the second attempt did only what was left")
                .isEqualTo(ChunkedCrashProbe.ITEMS - ITEMS_BEFORE_THE_KILL);
        List<Done> recorded = ChunkedCrashProbe.recordedIn(items, scheduledFor);
        assertThat(recorded)
                .as("every item done exactly once: none lost, none done twice")
                .extracting(Done::item)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(recorded)
                .as("the items before the kill by the first attempt, the rest by the second")
                .allSatisfy(done -> assertThat(done.attempt()).isEqualTo(done.item() <= ITEMS_BEFORE_THE_KILL ? 1 : 2));
        assertThat(LEDGER.run(ChunkedCrashProbe.NAME, later))
                .as("no run of the next scheduled time claimed early")
                .isEmpty();
        assertThat(LEDGER.scheduledTimesOf(ChunkedCrashProbe.NAME)).containsExactly(due);
        assertThat(ChunkedCrashProbe.scheduledTimesIn(items))
                .as("no items done for another scheduled time")
                .containsExactly(scheduledFor);
    }

    /**
     * LIFECYCLE: no job runs before the application has started, so the retention engine's first run at a demo start
     * finds the whole six years of demo history, written by a start-up singleton, and destroys what is due under
     * every rule whose records that history holds.
     */
    @Test
    @Tag(DERBY_ONLY)
    void theFirstRetentionRunOfADemoStartDestroysWhatIsDueInTheDemoHistory() throws Exception {
        awaitEndedDailyRunOf(RetentionOverview.ENGINE_JOB, ENGINE_TIME);
        assertThat(DESTRUCTIONS.chunksOfTheFirstRun())
                .extracting(DestructionLedgerStore.Chunk::rule)
                .containsExactlyInAnyOrder(
                        "membership.separated-members",
                        WITHDRAWAL_RECORDS,
                        "membership.visit-records",
                        "membership.bad-use-records",
                        "membership.unverified-sign-ups",
                        "consent.consent-records",
                        "usage.service-usage-records",
                        "payments.payment-records",
                        "inquiry.closed-cases");
    }

    /**
     * LIFECYCLE, policy §4B: the retention engine killed (SIGKILL) inside a chunk, after three chunks committed, is
     * taken over after the restart and completes its run: every due record destroyed exactly once (the ledger's chunks
     * of the run add up to the due records, and each is named by one DESTROY access record), the chunk that was
     * killed undone and done again, and no record a day short of its period touched.
     */
    @Test
    @Tag(DERBY_ONLY)
    void aRetentionRunKilledInAChunkCompletesAfterARestartWithNothingLostDoubledOrTouchedEarly() throws Exception {
        Path signal = RUN.resolve("retention-paused");
        Files.deleteIfExists(signal);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        awaitEndedDailyRunOf(RetentionOverview.ENGINE_JOB, ENGINE_TIME);
        List<Long> dueMembers =
                LongStream.rangeClosed(1, 12).map(i -> 9_000_000 + i).boxed().toList();
        List<Long> youngMembers =
                LongStream.rangeClosed(13, 15).map(i -> 9_000_000 + i).boxed().toList();
        for (long member : dueMembers) {
            MEMBERS.insertWithdrawalRecord(member, now.minusYears(5).minusDays(1));
        }
        for (long member : youngMembers) {
            MEMBERS.insertWithdrawalRecord(member, now.minusYears(5).plusDays(1));
        }
        ServerControls.setSystemProperty(pims.base(), RETENTION_CHUNK, "2");
        ServerControls.setSystemProperty(pims.base(), RetentionPause.SIGNAL, signal.toString());
        ServerControls.setSystemProperty(pims.base(), RetentionPause.AFTER_CHUNKS, "3");
        // Forgotten by the ledger, the engine's latest due time is claimed again by the next tick, as a first attempt.
        LEDGER.forget(RetentionOverview.ENGINE_JOB);

        awaitFile(signal, Duration.ofSeconds(90), "the engine stopped inside its fourth chunk");
        LocalDateTime due =
                LEDGER.scheduledTimesOf(RetentionOverview.ENGINE_JOB).getLast();
        LedgerRow held = LEDGER.run(RetentionOverview.ENGINE_JOB, due).orElseThrow();
        assertThat(held.outcome()).isEqualTo("RUNNING");
        assertThat(chunksOfTheRun(held.id()))
                .as("three chunks of two committed before the kill")
                .containsExactly(2L, 2L, 2L);

        pims.kill();
        pims.startAgain(Map.of(RETENTION_CHUNK, "2"));
        LedgerRow ended = awaitEndedRunOf(RetentionOverview.ENGINE_JOB, due);

        assertThat(ended.outcome()).as(ended.summary()).isEqualTo("SUCCEEDED");
        assertThat(ended.attempts()).as("taken over after the lease expired").isEqualTo(2);
        assertThat(chunksOfTheRun(ended.id()).stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .as("the ledger holds every due record once: none lost, none counted twice")
                .isEqualTo(dueMembers.size());
        AUDIT_LOG.awaitSealed(SEALING_PATIENCE);
        for (long member : dueMembers) {
            assertThat(MEMBERS.withdrawalChannelsOf(member))
                    .as("destroyed: " + member)
                    .isEmpty();
            assertThat(AUDIT_LOG.recordsNaming(member))
                    .as("one DESTROY record names " + member)
                    .filteredOn(access -> access.task().equals("DESTROY"))
                    .hasSize(1);
        }
        for (long member : youngMembers) {
            assertThat(MEMBERS.withdrawalChannelsOf(member))
                    .as("not yet due: " + member)
                    .hasSize(1);
        }
    }

    /**
     * Policy §4C, ADR 0005: the separation of dormant accounts killed (SIGKILL) inside its third chunk, after two chunks
     * of two members committed and while the third has moved its members' data over both stores uncommitted. After the
     * restart the run is taken over and every due member is whole in exactly one place: the stub and the sealed dormant
     * row with the notice SEPARATED, one SEPARATE record each; none lost, none in both; and the member whose notice
     * announced a date after the run's time is untouched.
     */
    @Test
    @Tag(DERBY_ONLY)
    void aSeparationRunKilledInAChunkCompletesAfterARestartWithEveryMemberWholeInExactlyOnePlace() throws Exception {
        Path signal = RUN.resolve("separation-paused");
        Files.deleteIfExists(signal);
        // The run this test sets up is the one of the latest 01:00; the tick that claims it must not come after the
        // next.
        awaitClearOfTheNextDaily(SEPARATION_TIME);
        LocalDateTime due = awaitEndedDailyRunOf(DormancyNotices.SEPARATION_JOB, SEPARATION_TIME);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        LocalDateTime idleSince = now.minusDays(400);
        List<Long> dueMembers = sevenMembers("Dormant", "010-5555-000", (i, member, email) -> {
            MEMBERS.setLastActiveAt(member, idleSince);
            NOTICES.insertNotice(member, idleSince, due.minusDays(10).minusMinutes(i), email);
        });
        String earlyEmail = MemberSteps.newEmail("dormant-early");
        long early = MEMBERS.insertVerifiedMember(earlyEmail, "Not Yet Dormant", "010-5555-0100");
        MEMBERS.setLastActiveAt(early, idleSince);
        NOTICES.insertNotice(early, idleSince, due.plusMinutes(1), earlyEmail);
        ServerControls.setSystemProperty(pims.base(), SeparationPause.SIGNAL, signal.toString());
        ServerControls.setSystemProperty(pims.base(), SeparationPause.AFTER_CHUNKS, "2");
        // Forgotten by the ledger, the job's latest due time is claimed again by the next tick, as a first attempt.
        LEDGER.forget(DormancyNotices.SEPARATION_JOB);

        awaitFile(signal, Duration.ofSeconds(90), "the separation stopped inside its third chunk");
        assertThat(LEDGER.run(DormancyNotices.SEPARATION_JOB, due).orElseThrow().outcome())
                .isEqualTo("RUNNING");
        // The chunks take the notices earliest date first, and the last member made has the earliest: the last four
        // made are the first two chunks'. The third chunk's members are locked by its open transaction, so the check
        // reads only the members of the chunks that committed.
        assertThat(dueMembers.subList(3, 7))
                .as("two chunks of two committed before the kill")
                .allMatch(this::isDormant);

        killAndStartAgain();
        LedgerRow ended = awaitEndedRunOf(DormancyNotices.SEPARATION_JOB, due);

        assertThat(ended.outcome()).as(ended.summary()).isEqualTo("SUCCEEDED");
        assertThat(ended.attempts()).as("taken over after the lease expired").isEqualTo(2);
        AUDIT_LOG.awaitSealed(SEALING_PATIENCE);
        for (long member : dueMembers) {
            assertThat(MEMBERS.statusOf(member)).as("a stub: " + member).contains("DORMANT");
            assertThat(MEMBERS.categoryRowsOf(member))
                    .as("no data left behind: " + member)
                    .isZero();
            assertThat(MEMBERS.storedEmailOf(member)).startsWith("dormant:").doesNotContain("@");
            assertThat(SEPARATED.dormantOf(member))
                    .as("whole in the dormant area: " + member)
                    .isPresent();
            assertThat(NOTICES.noticesOf(member))
                    .extracting(DormancyNoticeStore.Notice::outcome)
                    .containsExactly("SEPARATED");
            assertThat(AUDIT_LOG.recordsNaming(member))
                    .as("one SEPARATE record names " + member)
                    .filteredOn(access -> access.task().equals("SEPARATE"))
                    .hasSize(1);
        }
        assertThat(MEMBERS.statusOf(early))
                .as("its date is after the run: untouched")
                .contains("ACTIVE");
        assertThat(MEMBERS.categoryRowsOf(early)).isEqualTo(3);
        assertThat(SEPARATED.dormantOf(early)).isEmpty();
        assertThat(NOTICES.noticesOf(early))
                .extracting(DormancyNoticeStore.Notice::outcome)
                .containsExactly("QUEUED");
    }

    /**
     * Policy §4C: the dormancy notices killed (SIGKILL) inside their third chunk of two, whose mails are in the outbox
     * uncommitted. After the restart the run is taken over; each member whose idle year ends within the notice period
     * is told exactly once, one notice record and its mail, the outbox holding exactly the notices' mails, none of the
     * killed chunk's; the member whose year ends a day after the notice period is not told.
     */
    @Test
    @Tag(DERBY_ONLY)
    void theNoticesKilledInAChunkCompleteAfterARestartWithEveryDueMemberToldOnceAndNoneEarly() throws Exception {
        awaitEndedRunOf(DormancyNotices.JOB);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        List<Long> dueMembers = sevenMembers(
                "Notice",
                "010-5558-000",
                (i, member, email) ->
                        MEMBERS.setLastActiveAt(member, now.minusDays(340).minusMinutes(i)));
        long notYet =
                MEMBERS.insertVerifiedMember(MemberSteps.newEmail("notice-not-yet"), "Notice Not Yet", "010-5558-0100");
        MEMBERS.setLastActiveAt(notYet, now.minusDays(334));
        long mark = OUTBOX.latestId();
        Path signal = armTheOutboxPause(DormancyNotices.JOB, "DORMANCY_NOTICE");
        // Forgotten by the ledger, the job's latest due time is claimed again by the next tick, as a first attempt.
        LEDGER.forget(DormancyNotices.JOB);
        LocalDateTime due = awaitThePause(DormancyNotices.JOB, signal);
        killAndStartAgain();

        awaitTakenOverRunOf(DormancyNotices.JOB, due);

        List<Long> noticeMails = new java.util.ArrayList<>();
        for (long member : dueMembers) {
            List<DormancyNoticeStore.Notice> notices = NOTICES.noticesOf(member);
            assertThat(notices).as("told once: " + member).hasSize(1);
            noticeMails.add(notices.getFirst().mailId());
        }
        assertThat(NOTICES.noticesOf(notYet))
                .as("its year ends a day after the notice period")
                .isEmpty();
        assertThat(OUTBOX.idsOfKindAfter("DORMANCY_NOTICE", mark))
                .as("the outbox holds the notices' mails and no other: the killed chunk's rolled back")
                .containsExactlyInAnyOrderElementsOf(noticeMails);
    }

    /**
     * Policy §10: the transfer mail killed (SIGKILL) inside its third chunk of five members, whose mails are in the
     * outbox uncommitted. After the restart the run is taken over and every active member is mailed about the transfer
     * exactly once: one delivery record each, and the outbox holds exactly the delivery records' mails, none of the
     * killed chunk's.
     */
    @Test
    @Tag(DERBY_ONLY)
    void aTransferMailKilledInAChunkCompletesAfterARestartWithEveryActiveMemberMailedOnce() throws Exception {
        awaitEndedRunOf(TransferNotices.MAIL_JOB);
        long mark = OUTBOX.latestId();
        long transfer = TRANSFERS.insertTransfer(
                "Killed Transfer Ltd", LocalDate.now(ZoneOffset.UTC).plusDays(40));
        Path signal = armTheOutboxPause(TransferNotices.MAIL_JOB, "TRANSFER_NOTICE");
        // Forgotten by the ledger, the job's latest due time is claimed again by the next tick, as a first attempt.
        LEDGER.forget(TransferNotices.MAIL_JOB);
        LocalDateTime due = awaitThePause(TransferNotices.MAIL_JOB, signal);
        assertThat(TRANSFERS.membersMailedAbout(transfer))
                .as("two chunks of five committed before the kill")
                .hasSize(10);
        killAndStartAgain();

        awaitTakenOverRunOf(TransferNotices.MAIL_JOB, due);

        assertThat(TRANSFERS.membersMailedAbout(transfer))
                .as("every active member mailed once: none lost, none twice")
                .containsExactlyInAnyOrderElementsOf(MEMBERS.activeMemberIds());
        assertThat(OUTBOX.idsOfKindAfter("TRANSFER_NOTICE", mark))
                .as("the outbox holds the delivery records' mails and no other: the killed chunk's rolled back")
                .containsExactlyElementsOf(TRANSFERS.mailIdsAfter(mark));
        assertThat(LEDGER.run(TransferNotices.MAIL_JOB, due.plusDays(1)))
                .as("no run of the next day claimed early")
                .isEmpty();
        TRANSFERS.deleteTransfer("Killed Transfer Ltd");
    }

    /**
     * Policy §1D: the marketing reconfirmation killed (SIGKILL) inside its third chunk of two. After the restart the
     * run is taken over; each member whose consent turned two years old is told exactly once, the outbox holds exactly
     * the notices' mails, and the member whose consent is a day short of two years is not told.
     */
    @Test
    @Tag(DERBY_ONLY)
    void aReconfirmationKilledInAChunkCompletesAfterARestartWithEveryDueMemberToldOnceAndNoneEarly() throws Exception {
        awaitEndedRunOf(MarketingMail.RECONFIRMATION_JOB);
        // The engine's compaction of a table (SYSCS_COMPRESS_TABLE) and this test's INSERTs into it could deadlock.
        awaitEndedDailyRunOf(RetentionOverview.ENGINE_JOB, ENGINE_TIME);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        List<Long> dueMembers = sevenMembers(
                "Reconfirm",
                "010-5556-000",
                (i, member, email) -> MARKETING_CONSENTS.given(
                        member, now.minusYears(2).minusDays(1).minusMinutes(i)));
        long notYet = MEMBERS.insertVerifiedMember(
                MemberSteps.newEmail("reconfirm-not-yet"), "Reconfirm Not Yet", "010-5556-0100");
        MARKETING_CONSENTS.given(notYet, now.minusYears(2).plusDays(1));
        long mark = OUTBOX.latestId();
        Path signal = armTheOutboxPause(MarketingMail.RECONFIRMATION_JOB, "MARKETING_RECONFIRMATION");
        LEDGER.forget(MarketingMail.RECONFIRMATION_JOB);
        LocalDateTime due = awaitThePause(MarketingMail.RECONFIRMATION_JOB, signal);
        killAndStartAgain();

        awaitTakenOverRunOf(MarketingMail.RECONFIRMATION_JOB, due);

        for (long member : dueMembers) {
            assertThat(MARKETING.reconfirmationsOf(member))
                    .as("told once: " + member)
                    .hasSize(1);
        }
        assertThat(MARKETING.reconfirmationsOf(notYet))
                .as("a day short of two years")
                .isEmpty();
        assertThat(OUTBOX.idsOfKindAfter("MARKETING_RECONFIRMATION", mark))
                .as("the outbox holds the notices' mails and no other: the killed chunk's rolled back")
                .containsExactlyElementsOf(MARKETING.reconfirmationMailIdsAfter(mark));
    }

    /**
     * Policy §1D: a newsletter killed (SIGKILL) inside its third chunk of two. After the restart the minute job's run is
     * taken over and the newsletter is SENT, written once to each member with a live consent, the outbox holding exactly
     * the send records' mails; a draft newsletter beside it is not sent.
     */
    @Test
    @Tag(DERBY_ONLY)
    void aNewsletterKilledInAChunkIsSentAfterARestartOnceToEachConsentingMemberAndTheDraftNot() throws Exception {
        // The engine's compaction of a table (SYSCS_COMPRESS_TABLE) and this test's INSERTs into it could deadlock.
        awaitEndedDailyRunOf(RetentionOverview.ENGINE_JOB, ENGINE_TIME);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        List<Long> consenting = sevenMembers(
                "Newsletter", "010-5557-000", (i, member, email) -> MARKETING_CONSENTS.given(member, now.minusDays(i)));
        long draft = MARKETING.insertNewsletter("Killed newsletter's draft neighbour", "DRAFT");
        long mark = OUTBOX.latestId();
        Path signal = armTheOutboxPause(MarketingMail.NEWSLETTER_JOB, "NEWSLETTER");
        // Forgotten by the ledger, the minute's run is claimed again by the next tick, not a minute later.
        awaitEndedRunOf(MarketingMail.NEWSLETTER_JOB);
        LEDGER.forget(MarketingMail.NEWSLETTER_JOB);
        long newsletter = MARKETING.insertNewsletter("Killed newsletter", "SENDING");
        LocalDateTime due = awaitThePause(MarketingMail.NEWSLETTER_JOB, signal);
        killAndStartAgain();

        awaitTakenOverRunOf(MarketingMail.NEWSLETTER_JOB, due);

        assertThat(MARKETING.stateOf(newsletter)).isEqualTo("SENT");
        assertThat(MARKETING.sendsOf(newsletter))
                .extracting(MarketingStore.Send::memberId)
                .as("written once to each consenting member")
                .containsAll(consenting)
                .doesNotHaveDuplicates();
        assertThat(OUTBOX.idsOfKindAfter("NEWSLETTER", mark))
                .as("the outbox holds the send records' mails and no other: the killed chunk's rolled back")
                .containsExactlyElementsOf(MARKETING.newsletterMailIdsAfter(mark));
        assertThat(MARKETING.stateOf(draft)).isEqualTo("DRAFT");
        assertThat(MARKETING.sendsOf(draft)).isEmpty();
    }

    /**
     * Arms the outbox pause for mails of this kind, so that the job's third chunk ({@link #EVERY_START}) stops once its
     * mails are in the outbox. Returns the file the pause writes.
     */
    private static Path armTheOutboxPause(String job, String mailKind) throws Exception {
        Path signal = RUN.resolve("outbox-paused-" + job);
        Files.deleteIfExists(signal);
        ServerControls.setSystemProperty(pims.base(), OutboxPause.SIGNAL, signal.toString());
        ServerControls.setSystemProperty(pims.base(), OutboxPause.AFTER_BATCHES, "2");
        ServerControls.setSystemProperty(pims.base(), OutboxPause.KIND, mailKind);
        return signal;
    }

    /**
     * Waits until the job has stopped at the outbox pause, and checks that the run is held as a first attempt. Returns
     * the run's scheduled time.
     */
    private static LocalDateTime awaitThePause(String job, Path signal) throws Exception {
        awaitFile(signal, Duration.ofSeconds(90), job + " stopped in its third chunk");
        LocalDateTime due = LEDGER.scheduledTimesOf(job).getLast();
        assertThat(LEDGER.run(job, due))
                .as("the run is held by the server about to be killed")
                .hasValueSatisfying(row -> {
                    assertThat(row.outcome()).isEqualTo("RUNNING");
                    assertThat(row.attempts()).isEqualTo(1);
                });
        return due;
    }

    /** What a test does to the i-th of the members it makes: set a last activity, a consent, a notice. */
    @FunctionalInterface
    private interface MemberSetup {
        void apply(int i, long member, String email) throws SQLException;
    }

    /**
     * Seven verified members, named after the test's purpose and numbered from 1, each set up as the test says: with the
     * jobs' chunks of two ({@link #EVERY_START}), enough for a third chunk to be killed in and one after it.
     */
    private static List<Long> sevenMembers(String purpose, String phoneWithoutLastDigit, MemberSetup setup)
            throws SQLException {
        List<Long> members = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            String email = MemberSteps.newEmail(purpose.toLowerCase(Locale.ROOT) + "-" + i);
            long member = MEMBERS.insertVerifiedMember(email, purpose + " " + i, phoneWithoutLastDigit + i);
            setup.apply(i, member, email);
            members.add(member);
        }
        return members;
    }

    /** Kills the server (SIGKILL) and starts it again. */
    private static void killAndStartAgain() throws Exception {
        pims.kill();
        pims.startAgain();
    }

    /** Waits until the killed run has ended, and checks it was taken over as the second attempt and succeeded. */
    private static LedgerRow awaitTakenOverRunOf(String job, LocalDateTime due) throws Exception {
        LedgerRow ended = awaitEndedRunOf(job, due);
        assertThat(ended.outcome()).as(ended.summary()).isEqualTo("SUCCEEDED");
        assertThat(ended.attempts()).as("taken over after the lease expired").isEqualTo(2);
        return ended;
    }

    /**
     * Policy §7A, §4B: a backup taken by {@code ./pims backup} while PIMS runs (Derby's online backup, or {@code
     * pg_dump}'s on PostgreSQL); after it, a withdrawn member destroyed by
     * the retention engine, an active member who withdraws, and a member dormant in the backup who comes back and
     * withdraws; the backup restored by {@code ./pims restore}. The first start after the restore, before it serves,
     * destroys the first again (one DESTROY record, the one of the replay, as the restored log knew nothing of the
     * first) and withdraws the two others again, as of the time they withdrew, the dormant one with the data of the
     * dormant area (one DELETE record each, the replay's), and the access log's chain verifies.
     */
    @Test
    void aMemberDestroyedOrWithdrawnAfterABackupIsSoAgainAfterItsRestoreAndTheChainVerifies() throws Exception {
        awaitEndedDailyRunOf(RetentionOverview.ENGINE_JOB, ENGINE_TIME);
        long member = joinAndWithdraw("destroyed-after-the-backup");
        SEPARATED.backdateSeparation(
                member, LocalDateTime.now(ZoneOffset.UTC).minusYears(1).minusDays(1));
        String leavingEmail = MemberSteps.newEmail("withdrawn-after-the-backup");
        long leaving = join(leavingEmail);
        String sleeperEmail = MemberSteps.newEmail("dormant-in-the-backup");
        long sleeper = join(sleeperEmail);
        LocalDateTime idleSince = LocalDateTime.now(ZoneOffset.UTC).withNano(0).minusDays(400);
        MEMBERS.setLastActiveAt(sleeper, idleSince);
        NOTICES.insertNotice(
                sleeper, idleSince, LocalDateTime.now(ZoneOffset.UTC).minusHours(1), sleeperEmail);
        assertThat(ServerControls.runJob(pims.base(), DormancyNotices.SEPARATION_JOB))
                .startsWith("SUCCEEDED");
        assertThat(MEMBERS.statusOf(sleeper)).contains("DORMANT");

        Path copies = RUN.resolve("backup-copies");
        deleteRecursively(copies);
        String told = LaunchedPims.command("backup", "--data", pims.dataDir().toString(), "--to", copies.toString());
        Path backup;
        try (var copied = Files.list(copies)) {
            backup = copied.findFirst().orElseThrow();
        }
        assertThat(told).contains(backup.toString());
        for (String store : List.of("operational", "separated")) {
            assertThat(backup.resolve(SharedPims.onPostgres() ? store + ".dump" : store + "/service.properties"))
                    .as("the " + store + " store's backup")
                    .isRegularFile();
        }
        assertThat(Files.readString(backup.resolve("data-keys.properties")))
                .as("the wrapped data keys beside the stores")
                .contains("key.1.wrapped=")
                .doesNotContain(
                        Files.readString(pims.dataDir().resolve("master.key")).trim());

        LEDGER.forget(RetentionOverview.ENGINE_JOB);
        LocalDateTime due = awaitEndedDailyRunOf(RetentionOverview.ENGINE_JOB, ENGINE_TIME);
        assertThat(LEDGER.run(RetentionOverview.ENGINE_JOB, due).orElseThrow().outcome())
                .isEqualTo("SUCCEEDED");
        assertThat(SEPARATED.separatedOf(member))
                .as("destroyed after the backup")
                .isEmpty();
        assertThat(Files.readString(pims.dataDir().resolve("backups/destruction-journal.log")))
                .contains("\t" + SEPARATED_MEMBERS + "\t");
        withdraw(leavingEmail);
        LocalDateTime leftAt = SEPARATED.separatedOf(leaving).orElseThrow().separatedAt();
        wakeUpAndWithdraw(sleeperEmail);
        assertThat(Files.readString(pims.dataDir().resolve("backups/withdrawal-journal.log")))
                .contains("\t" + leaving + "\tSELF_SERVICE\t", "\t" + sleeper + "\tSELF_SERVICE\t");

        pims.close();
        String restored = LaunchedPims.command(
                "restore", "--from", backup.toString(), "--data", pims.dataDir().toString(), "--replace");
        assertThat(restored)
                .contains("destruction(s) since the backup are replayed", "withdrawal(s) since ten minutes");
        pims.startAgain();

        assertThat(MEMBERS.statusOf(leaving))
                .as("withdrawn again before PIMS served: the replay of the withdrawal journal")
                .isEmpty();
        assertThat(MEMBERS.categoryRowsOf(leaving)).isZero();
        assertThat(SEPARATED.separatedOf(leaving))
                .as("in the separated store as of the time they withdrew")
                .hasValueSatisfying(kept -> assertThat(kept.separatedAt()).isEqualTo(leftAt));
        assertThat(MEMBERS.withdrawalChannelsOf(leaving)).containsExactly("SELF_SERVICE");
        assertThat(MEMBERS.statusOf(sleeper))
                .as("dormant in the backup, withdrawn again with the data of the dormant area")
                .isEmpty();
        assertThat(SEPARATED.dormantOf(sleeper)).isEmpty();
        assertThat(SEPARATED.separatedOf(sleeper)).isPresent();
        assertThat(pims.dataDir().resolve("restore-withdrawals.log"))
                .as("the withdrawals' replay is done")
                .doesNotExist();

        assertThat(SEPARATED.separatedOf(member))
                .as("destroyed again before PIMS served: the replay of the destruction journal")
                .isEmpty();
        LocalDateTime replayedAt =
                LEDGER.scheduledTimesOf(RetentionOverview.ENGINE_JOB).getLast();
        long replay = LEDGER.run(RetentionOverview.ENGINE_JOB, replayedAt)
                .orElseThrow()
                .id();
        assertThat(DESTRUCTIONS.chunksOf(SEPARATED_MEMBERS))
                .as("the replay's destruction in the restored ledger")
                .anyMatch(chunk -> chunk.jobRunId() == replay);
        AUDIT_LOG.awaitSealed(SEALING_PATIENCE);
        assertThat(AUDIT_LOG.recordsNaming(member))
                .filteredOn(access -> access.task().equals("DESTROY"))
                .hasSize(1);
        for (long withdrawn : List.of(leaving, sleeper)) {
            assertThat(AUDIT_LOG.recordsNaming(withdrawn))
                    .as("the replay's DELETE names " + withdrawn)
                    .filteredOn(access -> access.task().equals("DELETE"))
                    .singleElement()
                    .satisfies(
                            replayed -> assertThat(replayed.operation()).isEqualTo("WithdrawalReplay.withdrawAgain"));
        }
        assertThat(pims.dataDir().resolve("restore-replay.log"))
                .as("the replay is done")
                .doesNotExist();

        LEDGER.forget(AccessChain.VERIFICATION_JOB);
        awaitEndedRunOf(AccessChain.VERIFICATION_JOB);
        assertThat(AUDIT_LOG.verificationsRequestedBy("job:" + AccessChain.VERIFICATION_JOB))
                .last()
                .extracting(AuditStore.Verification::outcome)
                .isEqualTo("INTACT");
    }

    /**
     * Policy §7A: the backup job killed (SIGKILL) between its two stores, the operational store's backup written into
     * its partial folder. After the restart the run is taken over and the backup is whole: one complete folder for the
     * run's time with both stores and the keys, no partial folder left.
     */
    @Test
    @Tag(DERBY_ONLY)
    void aBackupKilledBetweenItsStoresIsTakenWholeAfterARestart() throws Exception {
        awaitEndedRunOf(BackupJob.NAME);
        deleteRecursively(backupFolderOf(latestDaily(BACKUP_TIME)));
        Path signal = RUN.resolve("backup-paused");
        Files.deleteIfExists(signal);
        ServerControls.setSystemProperty(pims.base(), BackupPause.SIGNAL, signal.toString());
        // Forgotten by the ledger, the backup's latest due time is claimed again by the next tick, as a first attempt.
        LEDGER.forget(BackupJob.NAME);

        awaitFile(signal, Duration.ofSeconds(90), "the backup stopped between its stores");
        Path partial = Path.of(Files.readString(signal));
        assertThat(partial.resolve("operational")).isDirectory();
        assertThat(partial.resolve("separated")).doesNotExist();
        LocalDateTime due = LEDGER.scheduledTimesOf(BackupJob.NAME).getLast();
        Path taken = backupFolderOf(due);

        pims.kill();
        pims.startAgain();
        LedgerRow ended = awaitEndedRunOf(BackupJob.NAME, due);

        assertThat(ended.outcome()).as(ended.summary()).isEqualTo("SUCCEEDED");
        assertThat(ended.attempts()).as("taken over after the lease expired").isEqualTo(2);
        assertThat(taken.resolve("backup.properties")).isRegularFile();
        assertThat(taken.resolve("operational/service.properties")).isRegularFile();
        assertThat(taken.resolve("separated/service.properties")).isRegularFile();
        assertThat(taken.resolve("data-keys.properties")).isRegularFile();
        assertThat(partial).as("what the killed attempt left is gone").doesNotExist();
    }

    /** A new member joins and withdraws on /my/withdraw; returns the member's id. */
    private long joinAndWithdraw(String purpose) throws Exception {
        String email = MemberSteps.newEmail(purpose);
        long member = join(email);
        withdraw(email);
        return member;
    }

    private long join(String email) throws Exception {
        try (Browser browser = new Browser(pims.base(), MemberSteps.LANGUAGE)) {
            return MemberSteps.join(browser, MAIL, email, "Jane Doe");
        }
    }

    /** A dormant member logs in, follows the mailed link that brings the account back, and withdraws. */
    private void wakeUpAndWithdraw(String email) throws Exception {
        try (Browser browser = new Browser(pims.base(), MemberSteps.LANGUAGE)) {
            browser.open("/login?lang=" + MemberSteps.LANGUAGE);
            browser.type(SAYS.get("field.email"), email);
            browser.type(SAYS.get("field.password"), MemberSteps.PASSWORD);
            browser.press(SAYS.get("login.submit"));
            assertThat(browser.pageText()).contains(SAYS.get("login.dormant"));
            browser.open(MemberSteps.restoreLinkSentTo(MAIL, email).replaceFirst("https?://[^/]+", ""));
            assertThat(browser.pageText()).contains(SAYS.get("restore.done"));
        }
        withdraw(email);
    }

    /** The member withdraws on their own withdrawal page. */
    private void withdraw(String email) throws Exception {
        try (Browser browser = new Browser(pims.base(), MemberSteps.LANGUAGE)) {
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            browser.open("/my/withdraw");
            browser.type(SAYS.get("withdraw.password"), MemberSteps.PASSWORD);
            browser.press(SAYS.get("withdraw.confirm"));
            assertThat(browser.path()).as(browser.pageText()).startsWith("/withdrawn");
        }
    }

    /** Whether the member is a stub whose data is in the dormant area; fails if they are half in each place. */
    private boolean isDormant(long member) {
        try {
            boolean stub = MEMBERS.statusOf(member).orElseThrow().equals("DORMANT");
            assertThat(MEMBERS.categoryRowsOf(member))
                    .as("whole in one place: " + member)
                    .isEqualTo(stub ? 0 : 3);
            assertThat(SEPARATED.dormantOf(member).isPresent())
                    .as("whole in one place: " + member)
                    .isEqualTo(stub);
            return stub;
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** Waits until the job's latest run (at start-up, its catch-up) has ended, and returns its scheduled time. */
    private static LocalDateTime awaitEndedRunOf(String jobName) throws Exception {
        long deadline = System.nanoTime() + TAKE_OVER_PATIENCE.toNanos();
        while (true) {
            List<LocalDateTime> times = LEDGER.scheduledTimesOf(jobName);
            if (!times.isEmpty()
                    && LEDGER.run(jobName, times.getLast())
                            .filter(row -> !row.outcome().equals("RUNNING"))
                            .isPresent()) {
                return times.getLast();
            }
            assertThat(System.nanoTime()).as(jobName + " ran at the start-up").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** The records each chunk of the run destroyed under the withdrawal-record rule, in order. */
    private static List<Long> chunksOfTheRun(long runId) throws SQLException {
        return DESTRUCTIONS.chunksOf(WITHDRAWAL_RECORDS).stream()
                .filter(chunk -> chunk.jobRunId() == runId)
                .map(DestructionLedgerStore.Chunk::records)
                .toList();
    }

    /**
     * Waits until the run of a daily job at its latest scheduled time (at start-up, the catch-up's) has ended, and returns
     * that time: by the schedule, not by the ledger's latest row, which for the engine after a restore is the replay's
     * run of its own second.
     */
    private static LocalDateTime awaitEndedDailyRunOf(String jobName, LocalTime at) throws Exception {
        long deadline = System.nanoTime() + TAKE_OVER_PATIENCE.toNanos();
        while (true) {
            // Taken again at each look: a wait that passes the job's time of day waits for the new day's run.
            LocalDateTime due = latestDaily(at);
            if (LEDGER.run(jobName, due)
                    .filter(row -> !row.outcome().equals("RUNNING"))
                    .isPresent()) {
                return due;
            }
            assertThat(System.nanoTime()).as(jobName + " ran at the start-up").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Sleeps past the daily time if it comes within {@link #SET_UP_ALLOWANCE}, the new day's run then due. */
    private static void awaitClearOfTheNextDaily(LocalTime at) throws InterruptedException {
        Instant next = Schedule.daily(at).latestAtOrBefore(Instant.now()).plus(Duration.ofDays(1));
        Duration left = Duration.between(Instant.now(), next);
        if (left.compareTo(SET_UP_ALLOWANCE) < 0) {
            Thread.sleep(left.plusSeconds(1).toMillis());
        }
    }

    /** The folder the backup job writes for its run of this time. */
    private static Path backupFolderOf(LocalDateTime due) {
        return pims.dataDir()
                .resolve("backups/pims-backup-"
                        + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(due));
    }

    /** The latest time at or before now of a job scheduled every day at this time (UTC), as the runner claims it. */
    private static LocalDateTime latestDaily(LocalTime at) {
        return LocalDateTime.ofInstant(Schedule.daily(at).latestAtOrBefore(Instant.now()), ZoneOffset.UTC);
    }

    /** Waits until the unarmed crash probe's run of the start-up catch-up (or of a tick) has ended. */
    private static void awaitIdleRunOfTheProbe() throws Exception {
        long deadline = System.nanoTime() + TAKE_OVER_PATIENCE.toNanos();
        while (true) {
            List<LocalDateTime> times = LEDGER.scheduledTimesOf(ChunkedCrashProbe.NAME);
            Optional<LedgerRow> latest =
                    times.isEmpty() ? Optional.empty() : LEDGER.run(ChunkedCrashProbe.NAME, times.getLast());
            if (latest.filter(row -> !row.outcome().equals("RUNNING")).isPresent()) {
                return;
            }
            assertThat(System.nanoTime())
                    .as("the unarmed crash probe ran at the start-up")
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Waits until the job's run of this time has ended (SUCCEEDED or FAILED), and returns its row. */
    static LedgerRow awaitEndedRunOf(String jobName, LocalDateTime due) throws Exception {
        long deadline = System.nanoTime() + TAKE_OVER_PATIENCE.toNanos();
        while (true) {
            Optional<LedgerRow> row = LEDGER.run(jobName, due);
            if (row.filter(run -> !run.outcome().equals("RUNNING")).isPresent()) {
                return row.get();
            }
            assertThat(System.nanoTime())
                    .as("the killed run was taken over and ended after the restart: " + row)
                    .isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static long auditingRecords(String operation) throws Exception {
        return Collections.frequency(AUDIT_LOG.auditingEvents(), operation);
    }

    /**
     * A new member withdraws on /my/withdraw while the test's participant holds the commit in this phase; the server
     * is killed there and started again on the same data dir. Returns the member's id.
     */
    private long withdrawAndKillIn(String phase) throws Exception {
        Path signal = RUN.resolve("withdrawal-paused-in-" + phase);
        Files.deleteIfExists(signal);
        long member;
        try (Browser browser = new Browser(pims.base(), MemberSteps.LANGUAGE)) {
            String email = MemberSteps.newEmail("killed-" + phase);
            member = MemberSteps.join(browser, MAIL, email, "Jane Doe");
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            ServerControls.setSystemProperty(pims.base(), WithdrawalPause.SIGNAL, signal.toString());
            ServerControls.setSystemProperty(pims.base(), WithdrawalPause.PHASE, phase);
            browser.open("/my/withdraw");
            browser.type(SAYS.get("withdraw.password"), MemberSteps.PASSWORD);
            CompletableFuture<Void> pressed =
                    CompletableFuture.runAsync(() -> browser.press(SAYS.get("withdraw.confirm")));
            awaitFile(signal, Duration.ofSeconds(30), "the withdrawal reached its pause");
            pims.kill();
            pressed.exceptionally(serverGone -> null).join();
        }
        pims.startAgain();
        AUDIT_LOG.awaitSealed(SEALING_PATIENCE);
        return member;
    }

    static void awaitFile(Path file, Duration patience, String what) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!Files.exists(file)) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
