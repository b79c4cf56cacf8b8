package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.ActorRole;
import dev.pims.audit.records.AccessRecord;
import dev.pims.audit.records.ChainOutcome;
import dev.pims.audit.records.ChainVerification;
import dev.pims.audit.testing.AccessChainStore;
import dev.pims.audit.testing.AccessLogTampering;
import dev.pims.audit.testing.AuditControls;
import dev.pims.audit.testing.AuditStore;
import dev.pims.audit.testing.RefusedChanges;
import dev.pims.jobs.JobLedger;
import dev.pims.jobs.JobOutcome;
import dev.pims.jobs.JobRunView;
import dev.pims.jobs.testing.JobLedgerStore;
import dev.pims.jobs.testing.LedgerControls;
import dev.pims.membership.MemberSelfService;
import dev.pims.shared.DataCategory;
import dev.pims.store.testing.StoreConnection;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the running server, on the real Derby store: the access log's hash chain (safety-measures standard Art. 8).
 * The database refuses to change or delete a chained record; a record altered, deleted or inserted behind PIMS's back
 * (the protection dropped for the moment, as only the schema owner could) is found by the verification, which names
 * the first broken link; each tamper is then undone, so the chain is whole again for the tests after it. The job
 * runner catches up every missed run once, in order, retries a FAILED run and takes over a run whose lease expired,
 * up to the maximum of attempts; and retention destroys old records behind a checkpoint from which the rest of the
 * chain still verifies. Retention runs last: it destroys almost the whole chain.
 */
@ExtendWith({PreviousServerGone.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessChainIT {

    private static final String REFUSED = "ACCESS_RECORD_IS_APPEND_ONLY";

    @Inject
    private AuditControls audit;

    @Inject
    private MemberSelfService members;

    @Inject
    private JobLedger ledger;

    @Inject
    private LedgerControls runner;

    @Inject
    private MovableClock clock;

    @Resource(lookup = "jdbc/pims")
    private DataSource operational;

    /** The runner's own timer runs jobs outside any HTTP request; a test runs them so too, through this. */
    @Resource
    private ManagedExecutorService pimsItself;

    private AuditStore auditLog;
    private AccessChainStore chain;
    private RefusedChanges refusedChanges;
    private AccessLogTampering tampering;
    private JobLedgerStore jobRuns;

    @Deployment
    static WebArchive pims() {
        return PimsDeployment.war()
                .addClasses(
                        AccessChainIT.class,
                        PreviousServerGone.class,
                        CatchUpProbe.class,
                        FlakyProbe.class,
                        SignUpForms.class)
                .addPackages(
                        false,
                        StoreConnection.class.getPackage(),
                        AuditStore.class.getPackage(),
                        JobLedgerStore.class.getPackage())
                .addAsLibrary(PimsDeployment.jarOf(Assertions.class));
    }

    /**
     * Arquillian 1.8 injects the fields while a {@code @BeforeEach} runs, so there must be one. The fixtures reach the
     * operational store through the server's own DataSource.
     */
    @BeforeEach
    void clockAtRealTime() {
        clock.moveTo(Duration.ZERO);
        StoreConnection store = operational::getConnection;
        auditLog = new AuditStore(store);
        chain = new AccessChainStore(store);
        refusedChanges = new RefusedChanges(store);
        tampering = new AccessLogTampering(store);
        jobRuns = new JobLedgerStore(store);
    }

    @AfterEach
    void clockBack() {
        clock.moveTo(Duration.ZERO);
    }

    @Test
    @Order(1)
    void auditingStartedIsAChainedRecordAndTheChainIsIntact() throws Exception {
        awaitStartUpCatchUp();
        assertThat(chain.sealedRecordCount("system", "Auditing.started")).isPositive();
        signUp();
        ChainVerification result = verify();
        assertThat(result.outcome()).as(String.valueOf(result.problem())).isEqualTo(ChainOutcome.INTACT);
        assertThat(result.recordsChecked()).isPositive();
        // The daily job's start-up catch-up may verify at the same moment, so the result is found by its content.
        assertThat(auditLog.verificationsRequestedBy("test"))
                .filteredOn(verification ->
                        verification.outcome().equals("INTACT") && verification.toPosition() == result.toPosition())
                .isNotEmpty();
    }

    @Test
    @Order(2)
    void theDatabaseRefusesToChangeOrDeleteAChainedRecordOrToForgeACheckpoint() throws SQLException {
        long id = signUp().get(0);
        long search = searchNamingTwoMembers();
        Map<String, ThrowingCallable> changes = new LinkedHashMap<>();
        changes.put("a link's hash", () -> refusedChanges.updateChainHashOf(id, "0".repeat(64)));
        changes.put("a link's position", () -> refusedChanges.shiftPositionOf(id, 1_000_000));
        changes.put("a link deleted", () -> refusedChanges.deleteLinkOf(id));
        changes.put("a record's client IP", () -> refusedChanges.updateClientIpOf(id, "10.6.6.6"));
        changes.put("a record's list of subjects", () -> refusedChanges.updateSubjectListOf(id, "1"));
        changes.put("the subject a link keeps", () -> refusedChanges.updateLinkedSubjectOf(id, 1));
        changes.put("a record's subject rows deleted", () -> refusedChanges.deleteSubjectRowsOf(search));
        // Records without subjects, so that no foreign key speaks before the trigger.
        changes.put("records deleted", () -> refusedChanges.deleteRecordsOf("Auditing.started"));
        changes.put("a forged checkpoint", () -> refusedChanges.forgeCheckpoint());
        changes.put("the verifications' outcomes", () -> refusedChanges.updateVerificationOutcomes("INTACT"));
        changes.put("the verifications deleted", () -> refusedChanges.deleteVerifications());
        changes.forEach(
                (change, statement) -> assertThatThrownBy(statement).as(change).hasMessageContaining(REFUSED));
        assertThatThrownBy(() -> refusedChanges.setRetentionFloor(1))
                .hasMessageContaining("ACCESS_RETENTION_FLOOR_LEGAL");
        assertThat(verify().outcome()).isEqualTo(ChainOutcome.INTACT);
    }

    @Test
    @Order(3)
    void aRecordAlteredBehindPimsBackIsNamedByTheVerification() throws SQLException {
        long id = signUp().get(0);
        String ip = tampering.changeClientIpBehindPimsBack(id, "10.6.6.6");

        ChainVerification result = verify();
        assertThat(result.outcome()).isEqualTo(ChainOutcome.BROKEN);
        assertThat(result.brokenRecordId()).isEqualTo(id);
        assertThat(result.brokenPosition()).isEqualTo(chain.positionOf(id));
        assertThat(result.problem()).contains("does not match its hash");

        tampering.changeClientIpBehindPimsBack(id, ip);
        assertThat(verify().outcome()).as("the original value restored").isEqualTo(ChainOutcome.INTACT);
    }

    @Test
    @Order(4)
    void aRecordDeletedBehindPimsBackIsNamedByTheVerification() throws SQLException {
        long id = signUp().get(0);
        signUp();
        long position = chain.positionOf(id);
        AccessLogTampering.TakenRecord taken = tampering.deleteBehindPimsBack(id);

        ChainVerification result = verify();
        assertThat(result.outcome()).isEqualTo(ChainOutcome.BROKEN);
        assertThat(result.brokenPosition()).isEqualTo(position);
        assertThat(result.problem()).contains("position " + position + " is missing");

        tampering.putBack(taken);
        assertThat(verify().outcome()).as("the record put back").isEqualTo(ChainOutcome.INTACT);
    }

    @Test
    @Order(5)
    void aRecordInsertedBehindPimsBackIsNamedByTheVerification() throws SQLException {
        signUp();
        long forged = 900_000_000L + (System.nanoTime() & 0xffff);
        // An access an hour ago: younger records may still be on their way to the sealer.
        tampering.insertUnsealed(forged, LocalDateTime.now(ZoneOffset.UTC).minusHours(1));

        ChainVerification result = verify();
        assertThat(result.outcome()).isEqualTo(ChainOutcome.BROKEN);
        assertThat(result.brokenRecordId()).isEqualTo(forged);
        assertThat(result.problem()).contains("no place in the chain");

        tampering.deleteUnsealed(forged);
        assertThat(verify().outcome()).as("the forged record removed").isEqualTo(ChainOutcome.INTACT);
    }

    /**
     * A real restart cannot happen inside Arquillian, so the test does what a downtime does to the runner: the clock
     * moves three days on, and the runner's start-up catch-up (the very method the start-up timer calls) runs. The
     * one-minute tick might run it first; both go through the same claim, so the ledger shows one run either way.
     */
    @Test
    @Order(6)
    void recordsAnAbruptStopLeftUnsealedAreSealedAtTheNextStartWhichNamesThem() throws SQLException {
        signUp();
        // What a server killed between a commit and its sealing leaves: a committed record no link names.
        long id = tampering.nextRecordId();
        tampering.insertUnsealed(id, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5));
        assertThat(verify().outcome()).as("unsealed, it is outside the chain").isEqualTo(ChainOutcome.BROKEN);

        // What the start does before it records "Auditing.started" (a real restart cannot happen in Arquillian).
        assertThat(audit.sealLeftoversAsAStartDoes()).containsExactly(id);
        assertThat(chain.positionOf(id)).isPositive();
        assertThat(verify().outcome()).as("sealed at the start").isEqualTo(ChainOutcome.INTACT);
        assertThat(audit.sealLeftoversAsAStartDoes()).as("sealed once").isEmpty();
    }

    @Test
    @Order(7)
    void aRecordAnotherInstancesStartSealedFirstIsSkippedByThisInstancesSealer() throws SQLException {
        // A start seals as leftovers what it finds committed and unsealed; in a cluster that may be what another
        // instance has handed to its sealer and not sealed yet (records wait a quarter of a second to be gathered).
        List<Long> sealedByTheStart = List.of();
        for (int attempt = 0; attempt < 5 && sealedByTheStart.isEmpty(); attempt++) {
            signUpUnsealed();
            sealedByTheStart = audit.sealLeftoversAsAStartDoes();
        }
        assertThat(sealedByTheStart)
                .as("the start sealed before this instance's sealer")
                .isNotEmpty();

        audit.sealNow();
        ChainVerification result = verify();
        assertThat(result.outcome()).as(String.valueOf(result.problem())).isEqualTo(ChainOutcome.INTACT);
        assertThat(sealedByTheStart)
                .allSatisfy(id -> assertThat(chain.positionOf(id)).isPositive());
    }

    @Test
    @Order(8)
    void everyMissedRunIsCaughtUpOnceInOrder() throws Exception {
        Instant today = today();
        awaitRun(today);
        assertThat(CatchUpProbe.RAN_FOR)
                .as("the start-up catch-up at deployment: a job without ledger entries starts with the latest due time")
                .containsExactly(today);

        clock.moveTo(Duration.ofDays(3));
        runDueJobs();
        Instant oneDayOn = today.plus(Duration.ofDays(1));
        Instant twoDaysOn = today.plus(Duration.ofDays(2));
        Instant threeDaysOn = today.plus(Duration.ofDays(3));
        assertThat(CatchUpProbe.RAN_FOR)
                .as("every missed run, oldest first")
                .containsExactly(today, oneDayOn, twoDaysOn, threeDaysOn);
        assertThat(scheduledTimes()).contains(at(today), at(oneDayOn), at(twoDaysOn), at(threeDaysOn));

        runDueJobs();
        assertThat(CatchUpProbe.RAN_FOR).as("a claimed run never runs again").hasSize(4);
        assertThat(runner.claimAsTheRunnerDoes("test.claim", threeDaysOn)).isPresent();
        assertThat(runner.claimAsTheRunnerDoes("test.claim", threeDaysOn))
                .as("a second claim of the run")
                .isEmpty();
        // What another instance's insert of the same run meets, had it passed the look-up at the same moment.
        assertThatThrownBy(() -> jobRuns.claim("test.claim", at(threeDaysOn)))
                .as("the unique key is the claim")
                .hasMessageContaining("JOB_RUN_ONCE");
    }

    /**
     * The flaky probe fails the first attempt at each scheduled time. A pass claims the day's run, which fails; the
     * next pass (the test's, or the one-minute tick's if it came first) takes the FAILED run over as attempt 2, which
     * succeeds; and a succeeded run is not run again.
     */
    @Test
    @Order(9)
    void aFailedRunIsRetriedUntilItSucceeds() throws Exception {
        Instant fourDaysOn = today().plus(Duration.ofDays(4));
        clock.moveTo(Duration.ofDays(4));
        runDueJobs();
        assertThat(FlakyProbe.attemptsAt(fourDaysOn)).as("the claimed run").startsWith(1);

        runDueJobs();
        assertThat(FlakyProbe.attemptsAt(fourDaysOn))
                .as("failed, then retried once")
                .containsExactly(1, 2);
        JobLedgerStore.LedgerRow row =
                jobRuns.run(FlakyProbe.NAME, at(fourDaysOn)).orElseThrow();
        assertThat(row.outcome()).as(row.summary()).isEqualTo("SUCCEEDED");
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(row.count()).isEqualTo(1);
        assertThat(row.leaseUntil()).as("an ended run holds no lease").isNull();

        runDueJobs();
        assertThat(FlakyProbe.attemptsAt(fourDaysOn))
                .as("a succeeded run is not run again")
                .containsExactly(1, 2);
    }

    /**
     * What a server killed during a run leaves: the run RUNNING, claimed by an instance that is gone, leased for five
     * minutes. While the lease holds, the runner leaves it alone; once the clock has passed the lease, the runner takes
     * it over as attempt 2 and runs the job again for the same scheduled time.
     */
    @Test
    @Order(10)
    void aRunningRunWhoseLeaseExpiredIsTakenOverAsItsNextAttempt() throws Exception {
        Instant abandoned = today().minus(Duration.ofDays(10));
        jobRuns.claimedElsewhere(
                CatchUpProbe.NAME,
                at(abandoned),
                LocalDateTime.now(ZoneOffset.UTC).plusMinutes(5));

        runDueJobs();
        assertThat(CatchUpProbe.RAN_FOR).as("its lease holds").doesNotContain(abandoned);
        JobLedgerStore.LedgerRow held =
                jobRuns.run(CatchUpProbe.NAME, at(abandoned)).orElseThrow();
        assertThat(held.outcome()).isEqualTo("RUNNING");
        assertThat(held.claimedBy()).isEqualTo(JobLedgerStore.ANOTHER_INSTANCE);

        clock.moveTo(Duration.ofMinutes(10));
        runDueJobs();
        runDueJobs();
        assertThat(CatchUpProbe.RAN_FOR)
                .as("run again for the same scheduled time, once")
                .filteredOn(abandoned::equals)
                .hasSize(1);
        JobLedgerStore.LedgerRow taken =
                jobRuns.run(CatchUpProbe.NAME, at(abandoned)).orElseThrow();
        assertThat(taken.outcome()).as(taken.summary()).isEqualTo("SUCCEEDED");
        assertThat(taken.attempts()).isEqualTo(2);
        assertThat(taken.claimedBy()).isNotEqualTo(JobLedgerStore.ANOTHER_INSTANCE);
    }

    /**
     * The maximum of attempts is 3 ({@code pims.jobs.max-attempts} unset): a run failed twice gets its third, no more;
     * a third attempt whose runner died is marked FAILED instead of showing RUNNING for ever.
     */
    @Test
    @Order(11)
    void aRunAtTheMaximumOfAttemptsIsNotRetriedAgain() throws Exception {
        Instant failedTwice = today().minus(Duration.ofDays(20));
        Instant failedThrice = today().minus(Duration.ofDays(21));
        Instant diedAtTheThird = today().minus(Duration.ofDays(22));
        jobRuns.failedElsewhere(CatchUpProbe.NAME, at(failedTwice), 2);
        jobRuns.failedElsewhere(CatchUpProbe.NAME, at(failedThrice), 3);
        jobRuns.diedAtAttempt(
                CatchUpProbe.NAME,
                at(diedAtTheThird),
                3,
                LocalDateTime.now(ZoneOffset.UTC).minusHours(1));

        runDueJobs();
        runDueJobs();
        assertThat(CatchUpProbe.RAN_FOR)
                .as("the third attempt")
                .filteredOn(failedTwice::equals)
                .hasSize(1);
        assertThat(jobRuns.run(CatchUpProbe.NAME, at(failedTwice)).orElseThrow().attempts())
                .isEqualTo(3);
        assertThat(CatchUpProbe.RAN_FOR).as("no fourth attempt").doesNotContain(failedThrice);
        JobLedgerStore.LedgerRow exhausted =
                jobRuns.run(CatchUpProbe.NAME, at(failedThrice)).orElseThrow();
        assertThat(exhausted.outcome()).isEqualTo("FAILED");
        assertThat(exhausted.attempts()).isEqualTo(3);
        assertThat(CatchUpProbe.RAN_FOR).as("no fourth attempt either").doesNotContain(diedAtTheThird);
        JobLedgerStore.LedgerRow abandoned =
                jobRuns.run(CatchUpProbe.NAME, at(diedAtTheThird)).orElseThrow();
        assertThat(abandoned.outcome()).as("no longer RUNNING").isEqualTo("FAILED");
        assertThat(abandoned.attempts()).isEqualTo(3);
    }

    /**
     * Retention by the job: with the application's clock two years on, the job may want to destroy today's records,
     * but the database's own floor (two years by the database's clock, which nobody moves) refuses, and the run
     * fails. With the floor lowered for the test (as only the schema owner could), the job destroys the records
     * behind a checkpoint, and the chain verifies from there: the refused run, retried, does it. The ledger is first
     * told that every job ran the day before (as another instance would have), so the runner catches up that one day,
     * not two years of daily runs.
     */
    @Test
    @Order(12)
    void retentionDestroysOldRecordsBehindACheckpointAndTheChainStillVerifies() throws Exception {
        signUp();
        long before = auditLog.recordCount();

        jobRuns.ranEveryJobAt(LocalDateTime.now(ZoneOffset.UTC).plusDays(731));
        clock.moveTo(Duration.ofDays(732));
        runDueJobs();
        JobRunView refused = latestRun("audit.retention");
        assertThat(refused.outcome()).as(refused.summary()).isEqualTo(JobOutcome.FAILED);
        assertThat(chain.checkpointCount()).isZero();
        assertThat(auditLog.recordCount()).isGreaterThanOrEqualTo(before);

        try {
            tampering.lowerRetentionFloorToZero();
            clock.moveTo(Duration.ofDays(733));
            runDueJobs();
        } finally {
            tampering.restoreRetentionFloor();
        }
        JobRunView retried = runAt("audit.retention", refused.scheduledFor());
        assertThat(retried.outcome()).as(retried.summary()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(retried.attempts()).as("the refused run, retried").isGreaterThan(1);
        assertThat(retried.count()).isPositive();
        JobRunView done = latestRun("audit.retention");
        assertThat(done.outcome()).as(done.summary()).isEqualTo(JobOutcome.SUCCEEDED);
        long checkpoint = chain.latestCheckpoint();
        assertThat(chain.linksUpTo(checkpoint)).isZero();
        assertThat(chain.subjectRowsWithoutTheirRecord()).isZero();

        clock.moveTo(Duration.ZERO);
        long young = searchNamingTwoMembers();
        ChainVerification result = verify();
        assertThat(result.outcome()).as(String.valueOf(result.problem())).isEqualTo(ChainOutcome.INTACT);
        assertThat(result.fromPosition()).isEqualTo(checkpoint + 1);
        assertThatThrownBy(() -> refusedChanges.deleteSubjectRowsOf(young))
                .as("a young record's subjects")
                .hasMessageContaining(REFUSED);
    }

    private ChainVerification verify() {
        return audit.verify("test");
    }

    /** Signs a member up through the audited road; the ids of the records it wrote, newest first. */
    private List<Long> signUp() throws SQLException {
        long member = signUpUnsealed();
        audit.sealNow();
        return chain.sealedRecordsNaming(member);
    }

    /**
     * A handler's search that found two members, written and sealed as the audited road writes and seals it: the first
     * member in its link, the second in a subject row. Its id.
     */
    private long searchNamingTwoMembers() throws SQLException {
        long first = signUpUnsealed();
        long second = signUpUnsealed();
        audit.recordOnItsOwn(new AccessRecord(
                LocalDateTime.now(ZoneOffset.UTC),
                "staff:chain",
                ActorRole.HANDLER,
                "127.0.0.1",
                List.of(second, first),
                AccessTask.SEARCH,
                Set.of(DataCategory.BASIC_PROFILE),
                "AccessChainIT.search",
                AccessOutcome.SUCCESS,
                null,
                null));
        audit.sealNow();
        long id = auditLog.latestRecordOf("AccessChainIT.search").orElseThrow();
        assertThat(chain.linkedSubjectOf(id)).isEqualTo(first);
        assertThat(chain.subjectRowsOf(id)).as("the subject rows").containsExactly(second);
        return id;
    }

    /** Signs a member up through the audited road and leaves its records to the sealer; the member's id. */
    private long signUpUnsealed() {
        return members.signUp(SignUpForms.valid("chain")).memberId();
    }

    private void awaitRun(Instant scheduledFor) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!CatchUpProbe.RAN_FOR.contains(scheduledFor) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    /** The runner's catch-up a few seconds after deployment has run every job (the tests then own the clock). */
    private void awaitStartUpCatchUp() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline
                && !(ended("audit.chain-verification")
                        && ended("audit.retention")
                        && !CatchUpProbe.RAN_FOR.isEmpty())) {
            Thread.sleep(200);
        }
    }

    private boolean ended(String job) {
        List<JobRunView> runs = ledger.recentRuns(job, 1);
        return !runs.isEmpty() && runs.get(0).endedAt() != null;
    }

    private List<LocalDateTime> scheduledTimes() {
        return ledger.recentRuns(CatchUpProbe.NAME, 10).stream()
                .map(JobRunView::scheduledFor)
                .toList();
    }

    private JobRunView latestRun(String job) {
        return ledger.recentRuns(job, 1).get(0);
    }

    private JobRunView runAt(String job, LocalDateTime scheduledFor) {
        return ledger.recentRuns(job, 10).stream()
                .filter(run -> run.scheduledFor().equals(scheduledFor))
                .findFirst()
                .orElseThrow();
    }

    private static Instant today() {
        return LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime at(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * Runs what is due of every job as the runner's tick does, outside the test's HTTP request: services that only PIMS
     * itself may call (the dormancy candidates, say) refuse a call that arrives with one.
     */
    private void runDueJobs() throws Exception {
        pimsItself.submit(ledger::runDueJobs).get();
    }
}
