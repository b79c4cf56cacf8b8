package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.audit.testing.AuditStore;
import dev.pims.consent.testing.ConsentStore;
import dev.pims.dormancy.testing.DormancyNoticeStore;
import dev.pims.jobs.JobLedger;
import dev.pims.jobs.JobOutcome;
import dev.pims.jobs.JobRunView;
import dev.pims.jobs.testing.JobLedgerStore;
import dev.pims.keyring.testing.KeyRingStore;
import dev.pims.membership.MemberAuthentication;
import dev.pims.membership.SignUpForm;
import dev.pims.membership.SyntheticMembers;
import dev.pims.membership.testing.MemberStore;
import dev.pims.membership.testing.SeparatedStore;
import dev.pims.retention.RetentionOverview;
import dev.pims.retention.testing.DestructionLedgerStore;
import dev.pims.retention.testing.DestructionLedgerStore.Chunk;
import dev.pims.shared.RequestOrigin;
import dev.pims.store.testing.StoreConnection;
import dev.pims.usage.SyntheticUsage;
import dev.pims.usage.UsageEvent;
import dev.pims.usage.UsageKind;
import dev.pims.usage.testing.UsageStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the running server, on the real stores: the retention engine (policy §4, §6) destroys what each rule holds
 * due, and nothing younger. Each member's history is placed a period and a day before the run (a synthetic
 * withdrawal stamped with that time), with a twin a day short of it; the engine then runs at the server's time, as the
 * privacy officer's "run now" starts it, through the job-run ledger. The clock itself is not moved: a year ahead, the
 * ledger's minute tick would run every daily job for that year in the shared server.
 */
@ExtendWith({PreviousServerGone.class, ArquillianExtension.class})
class RetentionIT {

    private static final Duration RUN_PATIENCE = Duration.ofSeconds(60);
    /** No member has this id: for a rule whose test has no member a day short of the period. */
    private static final long NOBODY = -1;

    @Inject
    private SyntheticMembers synthetic;

    @Inject
    private JobLedger ledger;

    @Inject
    private Clock clock;

    @Inject
    private MovableClock movable;

    @Inject
    private SyntheticUsage syntheticUsage;

    @Inject
    private MemberAuthentication authentication;

    @Inject
    private RequestOrigin origin;

    /** A container thread outside any HTTP request: where PIMS itself (start-up, jobs) enrols synthetic members. */
    @Resource
    private ManagedExecutorService pimsItself;

    @Resource(lookup = "jdbc/pims")
    private DataSource operational;

    @Resource(lookup = "jdbc/pims-separated")
    private DataSource separatedStore;

    private MemberStore members;
    private SeparatedStore separated;
    private ConsentStore consents;
    private AuditStore auditLog;
    private DestructionLedgerStore destructions;
    private UsageStore usage;
    private DormancyNoticeStore notices;

    @Deployment
    static WebArchive pims() {
        return PimsDeployment.war()
                .addClasses(RetentionIT.class, PreviousServerGone.class, SignUpForms.class)
                .addPackages(
                        false,
                        StoreConnection.class.getPackage(),
                        MemberStore.class.getPackage(),
                        KeyRingStore.class.getPackage(),
                        ConsentStore.class.getPackage(),
                        AuditStore.class.getPackage(),
                        JobLedgerStore.class.getPackage(),
                        DestructionLedgerStore.class.getPackage(),
                        UsageStore.class.getPackage(),
                        DormancyNoticeStore.class.getPackage())
                .addAsLibrary(PimsDeployment.jarOf(Assertions.class));
    }

    /** Arquillian 1.8 injects the fields while a {@code @BeforeEach} runs, so there must be one. */
    @BeforeEach
    void stores() {
        StoreConnection store = operational::getConnection;
        members = new MemberStore(store);
        separated = new SeparatedStore(separatedStore::getConnection);
        consents = new ConsentStore(store);
        auditLog = new AuditStore(store);
        destructions = new DestructionLedgerStore(store);
        usage = new UsageStore(store);
        notices = new DormancyNoticeStore(store);
    }

    /** §4B, §6: a withdrawn member's data leaves the separated store a year after the withdrawal, not a day before. */
    @Test
    void aWithdrawnMembersDataIsDestroyedAYearAfterTheWithdrawalAndNotADayEarlier() throws Exception {
        LocalDateTime now = now();
        long due = withdrawnAt("separated-due", now.minusYears(1).minusDays(1));
        long kept = withdrawnAt("separated-kept", now.minusYears(1).plusDays(1));
        assertThat(separated.separatedOf(due)).isPresent();

        JobRunView run = runTheEngine();

        assertThat(run.outcome()).as(run.summary()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(separated.separatedOf(due)).as("a year and a day after").isEmpty();
        assertThat(separated.separatedOf(kept)).as("a day short of a year").isPresent();
        assertDestroyedInTheLedgerAndTheLog(run, "membership.separated-members", due, kept);
    }

    /**
     * §4B: the record of a withdrawal and the consent records of the withdrawn member are kept five years after the
     * withdrawal (Act on Consumer Protection in Electronic Commerce), then destroyed; a day short of it they stay.
     */
    @Test
    void withdrawalAndConsentRecordsAreDestroyedFiveYearsAfterTheWithdrawalAndNotADayEarlier() throws Exception {
        LocalDateTime now = now();
        long due = withdrawnAt("contract-due", now.minusYears(5).minusDays(1));
        long kept = withdrawnAt("contract-kept", now.minusYears(5).plusDays(1));
        assertThat(consents.recordsOf(due)).isNotEmpty();

        JobRunView run = runTheEngine();

        assertThat(run.outcome()).as(run.summary()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(members.withdrawalChannelsOf(due))
                .as("the withdrawal record")
                .isEmpty();
        assertThat(consents.recordsOf(due)).as("the consent records").isEmpty();
        assertThat(members.withdrawalChannelsOf(kept)).hasSize(1);
        assertThat(consents.recordsOf(kept)).isNotEmpty();
        assertDestroyedInTheLedgerAndTheLog(run, "membership.withdrawal-records", due, kept);
        assertDestroyedInTheLedgerAndTheLog(run, "consent.consent-records", due, kept);
    }

    /**
     * §6B: destroyed beyond recovery. A marker held only by a withdrawn member's data is in the separated store's files
     * until the run; after it, no file under the store's directory (data and transaction log) holds it.
     */
    @Test
    void destroyedDataLeavesNoByteInTheStoresFiles() throws Exception {
        long member = asPims(
                () -> synthetic.enrolVerified(SignUpForms.valid("marker")).memberId());
        asPims(() -> {
            synthetic.withdrawAsOf(member, now().minusYears(1).minusDays(1));
            return member;
        });
        // The separated data is sealed by the key ring, so what the files hold of it is its ciphertext: a piece of it
        // long enough to be found nowhere else is the marker.
        String sealed = separated.separatedOf(member).orElseThrow().dataAsStored();
        String marker = sealed.substring(sealed.length() - 48);
        Path store = derbyHome().resolve("separated");
        assertThat(filesHolding(store, marker))
                .as("the marker is in the separated store's files")
                .isNotEmpty();

        JobRunView run = runTheEngine();

        assertThat(run.outcome()).as(run.summary()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(separated.separatedOf(member)).isEmpty();
        assertThat(filesHolding(store, marker))
                .as("files still holding the marker")
                .isEmpty();
    }

    /**
     * §4B, §6B: records of visits are kept three months (Protection of Communications Secrets Act), then destroyed
     * beyond recovery. The logins happen with the server's clock moved back (a run at a past time finds nothing due),
     * one with a user agent no other record holds; after the run no file of the operational store holds it.
     */
    @Test
    void visitRecordsAreDestroyedThreeMonthsAfterTheVisitAndLeaveNoByteInTheStoresFiles() throws Exception {
        SignUpForm form = SignUpForms.valid("visits");
        long member = asPims(() -> synthetic.enrolVerified(form).memberId());
        String marker = "Marker" + UUID.randomUUID().toString().replace("-", "");
        LocalDateTime now = now();
        try {
            movable.moveTo(Duration.between(now, now.minusMonths(3).minusDays(1)));
            origin.arrivedFrom("127.0.0.1", marker);
            authentication.authenticate(form.getEmail(), form.getPassword());
            movable.moveTo(Duration.between(now, now.minusMonths(3).plusDays(1)));
            origin.arrivedFrom("127.0.0.1", "kept-agent");
            authentication.authenticate(form.getEmail(), form.getPassword());
        } finally {
            movable.moveTo(Duration.ZERO);
        }
        assertThat(members.visitsOf(member))
                .extracting(MemberStore.StoredVisit::userAgent)
                .containsExactly(marker, "kept-agent");
        Path store = derbyHome().resolve("operational");
        assertThat(filesHolding(store, marker))
                .as("the marker is in the operational store's files")
                .isNotEmpty();

        JobRunView run = runTheEngine();

        assertThat(run.outcome()).as(run.summary()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(members.visitsOf(member))
                .extracting(MemberStore.StoredVisit::userAgent)
                .as("three months and a day after, gone; a day short of it, kept")
                .containsExactly("kept-agent");
        assertDestroyedInTheLedgerAndTheLog(run, "membership.visit-records", member, NOBODY);
        assertThat(filesHolding(store, marker))
                .as("files still holding the marker")
                .isEmpty();
    }

    /** §4A: a record of bad use is kept one year (internal policy: no re-joining of bad users), then destroyed. */
    @Test
    void badUseRecordsAreDestroyedAYearAfterTheRecordAndNotADayEarlier() throws Exception {
        long due = asPims(
                () -> synthetic.enrolVerified(SignUpForms.valid("bad-use-due")).memberId());
        long kept = asPims(
                () -> synthetic.enrolVerified(SignUpForms.valid("bad-use-kept")).memberId());
        LocalDateTime now = now();
        members.insertBadUse(due, now.minusYears(1).minusDays(1), "Resold search results");
        members.insertBadUse(kept, now.minusYears(1).plusDays(1), "Resold search results");

        JobRunView run = runTheEngine();

        assertThat(run.outcome()).as(run.summary()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(members.badUseOf(due)).isEmpty();
        assertThat(members.badUseOf(kept)).hasSize(1);
        assertDestroyedInTheLedgerAndTheLog(run, "membership.bad-use-records", due, kept);
    }

    /**
     * §7A: a failed login, which slows and locks the guessing of passwords, is kept two days after the failure, then
     * destroyed.
     */
    @Test
    void failedLoginsAreDestroyedTwoDaysAfterTheFailureAndNotADayEarlier() throws Exception {
        long due = asPims(() ->
                synthetic.enrolVerified(SignUpForms.valid("login-failure-due")).memberId());
        long kept = asPims(() ->
                synthetic.enrolVerified(SignUpForms.valid("login-failure-kept")).memberId());
        LocalDateTime now = now();
        members.insertLoginFailure(due, now.minusDays(2).minusDays(1));
        members.insertLoginFailure(kept, now.minusDays(2).plusDays(1));

        JobRunView run = runTheEngine();

        assertThat(run.outcome()).as(run.summary()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(members.loginFailuresOf(due)).isZero();
        assertThat(members.loginFailuresOf(kept)).isEqualTo(1);
        assertDestroyedInTheLedgerAndTheLog(run, "membership.login-failures", due, kept);
    }

    /**
     * §4A: a service-usage record is kept five years (internal policy: improving AI recognition, search and
     * recommendation), then destroyed.
     */
    @Test
    void serviceUsageRecordsAreDestroyedFiveYearsAfterTheUseAndNotADayEarlier() throws Exception {
        long member =
                asPims(() -> synthetic.enrolVerified(SignUpForms.valid("usage")).memberId());
        LocalDateTime now = now();
        asPims(() -> {
            syntheticUsage.record(
                    member,
                    new UsageEvent(UsageKind.SEARCH_RUN, "due"),
                    now.minusYears(5).minusDays(1));
            syntheticUsage.record(
                    member,
                    new UsageEvent(UsageKind.SEARCH_RUN, "kept"),
                    now.minusYears(5).plusDays(1));
            return member;
        });

        JobRunView run = runTheEngine();

        assertThat(run.outcome()).as(run.summary()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(usage.detailsOf(member)).containsExactly("kept");
        assertDestroyedInTheLedgerAndTheLog(run, "usage.service-usage-records", member, NOBODY);
    }

    /**
     * §4C: the record of a dormancy notice is kept three years from the notice, as proof that the member was told before
     * the account became dormant, then destroyed; the records are walked by the time of the notice and the member.
     */
    @Test
    void dormancyNoticeRecordsAreDestroyedThreeYearsAfterTheNoticeAndNotADayEarlier() throws Exception {
        long due = asPims(
                () -> synthetic.enrolVerified(SignUpForms.valid("notice-due")).memberId());
        long kept = asPims(
                () -> synthetic.enrolVerified(SignUpForms.valid("notice-kept")).memberId());
        // A recorded notice is dated 30 days before the date it announced.
        LocalDateTime dueAnnounced = now().minusYears(3).minusDays(1).plusDays(30);
        LocalDateTime keptAnnounced = now().minusYears(3).plusDays(1).plusDays(30);
        notices.insertNotice(due, dueAnnounced.minusYears(1), dueAnnounced, "notice-due@example.org");
        notices.insertNotice(kept, keptAnnounced.minusYears(1), keptAnnounced, "notice-kept@example.org");

        JobRunView run = runTheEngine();

        assertThat(run.outcome()).as(run.summary()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(notices.noticesOf(due)).isEmpty();
        assertThat(notices.noticesOf(kept)).hasSize(1);
        assertDestroyedInTheLedgerAndTheLog(run, "dormancy.notice-records", due, kept);
    }

    /** §6: the destruction ledger is append-only in the database itself, like the access log. */
    @Test
    void theDatabaseRefusesToChangeOrDeleteTheDestructionLedger() throws Exception {
        withdrawnAt("ledger", now().minusYears(1).minusDays(1));
        runTheEngine();
        String rule = "membership.separated-members";
        List<Chunk> before = destructions.chunksOf(rule);
        assertThat(before).isNotEmpty();

        assertThatThrownBy(() -> destructions.updateRecordsOf(rule, 0))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("DESTRUCTION_LEDGER_IS_APPEND_ONLY");
        assertThatThrownBy(() -> destructions.deleteChunksOf(rule))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("DESTRUCTION_LEDGER_IS_APPEND_ONLY");
        assertThat(destructions.chunksOf(rule)).isEqualTo(before);
    }

    private void assertDestroyedInTheLedgerAndTheLog(JobRunView run, String rule, long due, long kept)
            throws SQLException {
        List<Chunk> chunks = destructions.chunksOfRun(run.id()).stream()
                .filter(chunk -> chunk.rule().equals(rule))
                .toList();
        assertThat(chunks).as("the ledger's chunks of " + rule).isNotEmpty();
        auditLog.awaitSealed();
        List<AuditStore.Access> destroyedDue = auditLog.recordsNaming(due).stream()
                .filter(access -> access.task().equals("DESTROY"))
                .filter(access -> access.detail().startsWith(rule + ":"))
                .toList();
        assertThat(destroyedDue)
                .as("the DESTROY access record naming the member")
                .hasSize(1);
        assertThat(destroyedDue.get(0).actorId()).isEqualTo("system");
        assertThat(destroyedDue.get(0).actorRole()).isEqualTo("SYSTEM");
        assertThat(auditLog.recordsNaming(kept))
                .as("no DESTROY record of " + rule + " names the member not yet due")
                .noneMatch(access ->
                        access.task().equals("DESTROY") && access.detail().startsWith(rule + ":"));
    }

    private long withdrawnAt(String purpose, LocalDateTime at) throws Exception {
        return asPims(() -> {
            long member = synthetic.enrolVerified(SignUpForms.valid(purpose)).memberId();
            synthetic.withdrawAsOf(member, at);
            return member;
        });
    }

    private <T> T asPims(Callable<T> work) throws Exception {
        return pimsItself.submit(work).get();
    }

    /** Starts a run now as the page does, and waits until it has ended. */
    private JobRunView runTheEngine() throws InterruptedException {
        long deadline = System.nanoTime() + RUN_PATIENCE.toNanos();
        // A run is keyed by its second: a second request within the same second is refused, as is one while a run goes.
        OptionalLong requested;
        while ((requested = ledger.requestRun(RetentionOverview.ENGINE_JOB)).isEmpty()) {
            assertThat(System.nanoTime()).as("the engine could be started").isLessThan(deadline);
            Thread.sleep(200);
        }
        while (true) {
            JobRunView run = ledger.run(requested.getAsLong()).orElseThrow();
            if (!run.isRunning()) {
                return run;
            }
            assertThat(System.nanoTime()).as("the engine's run ended").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static Path derbyHome() {
        return Path.of(System.getProperty("derby.system.home"));
    }

    /** The files under the directory whose bytes hold the text, in UTF-8 or in Java's modified UTF-8 alike. */
    private static List<Path> filesHolding(Path directory, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> holding = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (contains(Files.readAllBytes(file), needle)) {
                    holding.add(file);
                }
            }
        }
        return holding;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
