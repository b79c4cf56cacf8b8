package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.ActorRole;
import dev.pims.audit.internal.AccessRecorder;
import dev.pims.audit.internal.ChainSealer;
import dev.pims.audit.internal.ChainVerifier;
import dev.pims.audit.internal.SealingBatches;
import dev.pims.audit.records.AccessRecord;
import dev.pims.audit.records.ChainOutcome;
import dev.pims.audit.records.ChainVerification;
import dev.pims.jobs.JobLedger;
import dev.pims.jobs.JobOutcome;
import dev.pims.jobs.JobRunView;
import dev.pims.jobs.internal.LedgerEntries;
import dev.pims.membership.MemberSelfService;
import dev.pims.shared.DataCategory;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
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
 * runner catches up a missed run, and retention destroys old records behind a checkpoint from which the rest of the
 * chain still verifies. Retention runs last: it destroys almost the whole chain.
 */
@ExtendWith({PreviousServerGone.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessChainIT {

    private static final String REFUSED = "ACCESS_RECORD_IS_APPEND_ONLY";
    private static final String NO_UPDATE = "CREATE TRIGGER ACCESS_RECORD_NO_UPDATE AFTER UPDATE ON ACCESS_RECORD "
            + "FOR EACH STATEMENT INSERT INTO ACCESS_RECORD_APPEND_ONLY VALUES (1)";
    /** As V12 writes them. */
    private static final String NO_DELETE = "CREATE TRIGGER ACCESS_RECORD_NO_DELETE AFTER DELETE ON ACCESS_RECORD "
            + "REFERENCING OLD AS O FOR EACH ROW INSERT INTO ACCESS_RECORD_APPEND_ONLY SELECT 1 FROM SYSIBM.SYSDUMMY1 "
            + "WHERE NOT EXISTS (SELECT 1 FROM ACCESS_CHAIN_LINK L, ACCESS_RETENTION_FLOOR F WHERE L.RECORD_ID = O.ID "
            + "AND L.POSITION <= (SELECT COALESCE(MAX(C.POSITION), 0) FROM ACCESS_CHAIN_CHECKPOINT C) "
            + "AND O.OCCURRED_AT < {fn TIMESTAMPADD(SQL_TSI_DAY, -F.DAYS, CURRENT_TIMESTAMP)})";
    private static final String SUBJECT_NO_DELETE = "CREATE TRIGGER ACCESS_RECORD_SUBJECT_NO_DELETE AFTER DELETE ON "
            + "ACCESS_RECORD_SUBJECT REFERENCING OLD AS O FOR EACH ROW INSERT INTO ACCESS_RECORD_APPEND_ONLY "
            + "SELECT 1 FROM SYSIBM.SYSDUMMY1 WHERE NOT EXISTS (SELECT 1 FROM ACCESS_CHAIN_LINK L, "
            + "ACCESS_RETENTION_FLOOR F WHERE L.RECORD_ID = O.RECORD_ID AND L.POSITION <= (SELECT "
            + "COALESCE(MAX(C.POSITION), 0) FROM ACCESS_CHAIN_CHECKPOINT C) AND L.OCCURRED_AT < "
            + "{fn TIMESTAMPADD(SQL_TSI_DAY, -F.DAYS, CURRENT_TIMESTAMP)})";

    @Inject
    private ChainSealer sealer;

    @Inject
    private SealingBatches batches;

    @Inject
    private AccessRecorder recorder;

    @Inject
    private MemberSelfService members;

    @Inject
    private ChainVerifier verifier;

    @Inject
    private JobLedger ledger;

    @Inject
    private LedgerEntries entries;

    @Inject
    private MovableClock clock;

    @Resource(lookup = "jdbc/pims")
    private DataSource operational;

    @Deployment
    static WebArchive pims() {
        return PimsDeployment.war().addClasses(AccessChainIT.class, PreviousServerGone.class, CatchUpProbe.class, SignUpForms.class)
                .addAsLibrary(PimsDeployment.jarOf(Assertions.class));
    }

    /** Arquillian 1.8 injects the fields while a {@code @BeforeEach} runs, so there must be one. */
    @BeforeEach
    void clockAtRealTime() {
        clock.moveTo(Duration.ZERO);
    }

    @AfterEach
    void clockBack() {
        clock.moveTo(Duration.ZERO);
    }

    @Test
    @Order(1)
    void auditingStartedIsAChainedRecordAndTheChainIsIntact() throws Exception {
        awaitStartUpCatchUp();
        assertThat(count("SELECT COUNT(*) FROM ACCESS_RECORD r JOIN ACCESS_CHAIN_LINK l ON l.RECORD_ID = r.ID "
                + "WHERE r.OPERATION = 'Auditing.started' AND r.ACTOR_ID = 'system'")).isPositive();
        signUp();
        ChainVerification result = verify();
        assertThat(result.outcome()).as(String.valueOf(result.problem())).isEqualTo(ChainOutcome.INTACT);
        assertThat(result.recordsChecked()).isPositive();
        // The daily job's start-up catch-up may verify at the same moment, so the result is found by its content.
        assertThat(count("SELECT COUNT(*) FROM ACCESS_CHAIN_VERIFICATION WHERE OUTCOME = 'INTACT' "
                + "AND REQUESTED_BY = 'test' AND TO_POSITION = " + result.toPosition())).isPositive();
    }

    @Test
    @Order(2)
    void theDatabaseRefusesToChangeOrDeleteAChainedRecordOrToForgeACheckpoint() throws SQLException {
        long id = signUp().get(0);
        long search = searchNamingTwoMembers();
        try (Connection connection = operational.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : List.of("UPDATE ACCESS_CHAIN_LINK SET CHAIN_HASH = '" + "0".repeat(64)
                            + "' WHERE RECORD_ID = " + id,
                    "UPDATE ACCESS_CHAIN_LINK SET POSITION = POSITION + 1000000 WHERE RECORD_ID = " + id,
                    "DELETE FROM ACCESS_CHAIN_LINK WHERE RECORD_ID = " + id,
                    "UPDATE ACCESS_RECORD SET CLIENT_IP = '10.6.6.6' WHERE ID = " + id,
                    "UPDATE ACCESS_RECORD SET SUBJECT_IDS = '1' WHERE ID = " + id,
                    "UPDATE ACCESS_CHAIN_LINK SET SUBJECT_ID = 1 WHERE RECORD_ID = " + id,
                    "DELETE FROM ACCESS_RECORD_SUBJECT WHERE RECORD_ID = " + search,
                    // A record without subjects, so that no foreign key speaks before the trigger.
                    "DELETE FROM ACCESS_RECORD WHERE OPERATION = 'Auditing.started'",
                    "INSERT INTO ACCESS_CHAIN_CHECKPOINT VALUES (1, '" + "f".repeat(64) + "', CURRENT_TIMESTAMP, "
                            + "CURRENT_TIMESTAMP, 1, CURRENT_TIMESTAMP)",
                    "UPDATE ACCESS_CHAIN_VERIFICATION SET OUTCOME = 'INTACT'",
                    "DELETE FROM ACCESS_CHAIN_VERIFICATION")) {
                assertThatThrownBy(() -> statement.executeUpdate(sql)).as(sql).hasMessageContaining(REFUSED);
            }
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE ACCESS_RETENTION_FLOOR SET DAYS = 1"))
                    .hasMessageContaining("ACCESS_RETENTION_FLOOR_LEGAL");
        }
        assertThat(verify().outcome()).isEqualTo(ChainOutcome.INTACT);
    }

    @Test
    @Order(3)
    void aRecordAlteredBehindPimsBackIsNamedByTheVerification() throws SQLException {
        long id = signUp().get(0);
        Map<String, Object> record = record(id);
        String ip = (String) record.get("CLIENT_IP");
        withoutProtection("ACCESS_RECORD_NO_UPDATE", NO_UPDATE,
                "UPDATE ACCESS_RECORD SET CLIENT_IP = '10.6.6.6' WHERE ID = " + id);

        ChainVerification result = verify();
        assertThat(result.outcome()).isEqualTo(ChainOutcome.BROKEN);
        assertThat(result.brokenRecordId()).isEqualTo(id);
        assertThat(result.brokenPosition()).isEqualTo(positionOf(id));
        assertThat(result.problem()).contains("does not match its hash");

        withoutProtection("ACCESS_RECORD_NO_UPDATE", NO_UPDATE,
                "UPDATE ACCESS_RECORD SET CLIENT_IP = '" + ip + "' WHERE ID = " + id);
        assertThat(verify().outcome()).as("the original value restored").isEqualTo(ChainOutcome.INTACT);
    }

    @Test
    @Order(4)
    void aRecordDeletedBehindPimsBackIsNamedByTheVerification() throws SQLException {
        long id = signUp().get(0);
        signUp();
        Map<String, Object> record = record(id);
        List<Long> subjects = subjectsOf(id);
        long position = positionOf(id);
        withoutDeleteProtection("DELETE FROM ACCESS_RECORD_SUBJECT WHERE RECORD_ID = " + id,
                "DELETE FROM ACCESS_RECORD WHERE ID = " + id);

        ChainVerification result = verify();
        assertThat(result.outcome()).isEqualTo(ChainOutcome.BROKEN);
        assertThat(result.brokenPosition()).isEqualTo(position);
        assertThat(result.problem()).contains("position " + position + " is missing");

        insert(record, subjects);
        assertThat(verify().outcome()).as("the record put back").isEqualTo(ChainOutcome.INTACT);
    }

    @Test
    @Order(5)
    void aRecordInsertedBehindPimsBackIsNamedByTheVerification() throws SQLException {
        signUp();
        long forged = 900_000_000L + (System.nanoTime() & 0xffff);
        // An access an hour ago: younger records may still be on their way to the sealer.
        Map<String, Object> record = handlerView(forged, LocalDateTime.now(ZoneOffset.UTC).minusHours(1));
        insert(record, List.of());

        ChainVerification result = verify();
        assertThat(result.outcome()).isEqualTo(ChainOutcome.BROKEN);
        assertThat(result.brokenRecordId()).isEqualTo(forged);
        assertThat(result.problem()).contains("no place in the chain");

        withoutDeleteProtection("DELETE FROM ACCESS_RECORD WHERE ID = " + forged);
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
        long id = count("VALUES NEXT VALUE FOR ACCESS_RECORD_SEQ");
        insert(handlerView(id, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5)), List.of());
        assertThat(verify().outcome()).as("unsealed, it is outside the chain").isEqualTo(ChainOutcome.BROKEN);

        // What the start does before it records "Auditing.started" (a real restart cannot happen in Arquillian).
        assertThat(batches.sealLeftovers()).containsExactly(id);
        assertThat(positionOf(id)).isPositive();
        assertThat(verify().outcome()).as("sealed at the start").isEqualTo(ChainOutcome.INTACT);
        assertThat(batches.sealLeftovers()).as("sealed once").isEmpty();
    }

    @Test
    @Order(7)
    void aRecordAnotherInstancesStartSealedFirstIsSkippedByThisInstancesSealer() throws SQLException {
        // A start seals as leftovers what it finds committed and unsealed; in a cluster that may be what another
        // instance has handed to its sealer and not sealed yet (records wait a quarter of a second to be gathered).
        List<Long> sealedByTheStart = List.of();
        for (int attempt = 0; attempt < 5 && sealedByTheStart.isEmpty(); attempt++) {
            signUpUnsealed();
            sealedByTheStart = batches.sealLeftovers();
        }
        assertThat(sealedByTheStart).as("the start sealed before this instance's sealer").isNotEmpty();

        sealer.sealHandedOver();
        ChainVerification result = verify();
        assertThat(result.outcome()).as(String.valueOf(result.problem())).isEqualTo(ChainOutcome.INTACT);
        assertThat(sealedByTheStart).allSatisfy(id -> assertThat(positionOf(id)).isPositive());
    }

    @Test
    @Order(8)
    void aMissedRunIsCaughtUpOnceAndOnlyTheLatest() throws Exception {
        Instant today = LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
        awaitRun(today);
        assertThat(CatchUpProbe.RAN_FOR).as("the start-up catch-up at deployment").containsExactly(today);

        clock.moveTo(Duration.ofDays(3));
        ledger.runDueJobs();
        Instant threeDaysOn = today.plus(Duration.ofDays(3));
        assertThat(CatchUpProbe.RAN_FOR).as("only the latest missed run").containsExactly(today, threeDaysOn);
        assertThat(scheduledTimes()).contains(at(today), at(threeDaysOn))
                .doesNotContain(at(today.plus(Duration.ofDays(1))), at(today.plus(Duration.ofDays(2))));

        ledger.runDueJobs();
        assertThat(CatchUpProbe.RAN_FOR).as("a claimed run never runs again").hasSize(2);
        assertThat(entries.claim("test.claim", threeDaysOn)).isPresent();
        assertThat(entries.claim("test.claim", threeDaysOn)).as("a second claim of the run").isEmpty();
        // What another instance's insert of the same run meets, had it passed the look-up at the same moment.
        assertThatThrownBy(() -> sql("INSERT INTO JOB_RUN (JOB_NAME, SCHEDULED_FOR, STARTED_AT, OUTCOME) VALUES "
                + "('test.claim', '" + java.sql.Timestamp.valueOf(at(threeDaysOn)) + "', CURRENT_TIMESTAMP, 'RUNNING')"))
                .as("the unique key is the claim").hasMessageContaining("JOB_RUN_ONCE");
    }

    /**
     * Retention by the job: with the application's clock two years on, the job may want to destroy today's records,
     * but the database's own floor (two years by the database's clock, which nobody moves) refuses, and the run
     * fails. With the floor lowered for the test (as only the schema owner could), the job destroys the records
     * behind a checkpoint, and the chain verifies from there.
     */
    @Test
    @Order(9)
    void retentionDestroysOldRecordsBehindACheckpointAndTheChainStillVerifies() throws Exception {
        signUp();
        long before = count("SELECT COUNT(*) FROM ACCESS_RECORD");

        clock.moveTo(Duration.ofDays(732));
        ledger.runDueJobs();
        JobRunView refused = latestRun("audit.retention");
        assertThat(refused.outcome()).as(refused.summary()).isEqualTo(JobOutcome.FAILED);
        assertThat(count("SELECT COUNT(*) FROM ACCESS_CHAIN_CHECKPOINT")).isZero();
        assertThat(count("SELECT COUNT(*) FROM ACCESS_RECORD")).isGreaterThanOrEqualTo(before);

        try {
            sql("ALTER TABLE ACCESS_RETENTION_FLOOR DROP CONSTRAINT ACCESS_RETENTION_FLOOR_LEGAL",
                    "UPDATE ACCESS_RETENTION_FLOOR SET DAYS = 0");
            clock.moveTo(Duration.ofDays(733));
            ledger.runDueJobs();
        } finally {
            sql("UPDATE ACCESS_RETENTION_FLOOR SET DAYS = 731", "ALTER TABLE ACCESS_RETENTION_FLOOR ADD CONSTRAINT "
                    + "ACCESS_RETENTION_FLOOR_LEGAL CHECK (DAYS >= 731)");
        }
        JobRunView done = latestRun("audit.retention");
        assertThat(done.outcome()).as(done.summary()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(done.count()).isPositive();
        long checkpoint = count("SELECT MAX(POSITION) FROM ACCESS_CHAIN_CHECKPOINT");
        assertThat(count("SELECT COUNT(*) FROM ACCESS_CHAIN_LINK WHERE POSITION <= " + checkpoint)).isZero();
        assertThat(count("SELECT COUNT(*) FROM ACCESS_RECORD_SUBJECT s WHERE NOT EXISTS "
                + "(SELECT 1 FROM ACCESS_RECORD r WHERE r.ID = s.RECORD_ID)")).isZero();

        clock.moveTo(Duration.ZERO);
        long young = searchNamingTwoMembers();
        ChainVerification result = verify();
        assertThat(result.outcome()).as(String.valueOf(result.problem())).isEqualTo(ChainOutcome.INTACT);
        assertThat(result.fromPosition()).isEqualTo(checkpoint + 1);
        assertThatThrownBy(() -> sql("DELETE FROM ACCESS_RECORD_SUBJECT WHERE RECORD_ID = " + young))
                .as("a young record's subjects").hasMessageContaining(REFUSED);
    }

    private ChainVerification verify() {
        return verifier.verify("test", total -> { }, checked -> { });
    }

    /** Signs a member up through the audited road; the ids of the records it wrote, newest first. */
    private List<Long> signUp() throws SQLException {
        long member = signUpUnsealed();
        sealer.sealHandedOver();
        List<Long> ids = new ArrayList<>();
        for (Map<String, Object> row : rows("SELECT s.RECORD_ID AS ID FROM ACCESS_RECORD_SUBJECTS s "
                + "JOIN ACCESS_CHAIN_LINK l ON l.RECORD_ID = s.RECORD_ID WHERE s.SUBJECT_ID = ? "
                + "ORDER BY l.POSITION DESC", member)) {
            ids.add(((Number) row.get("ID")).longValue());
        }
        return ids;
    }

    /**
     * A handler's search that found two members, written and sealed as the audited road writes and seals it: the first
     * member in its link, the second in a subject row. Its id.
     */
    private long searchNamingTwoMembers() throws SQLException {
        long first = signUpUnsealed();
        long second = signUpUnsealed();
        recorder.recordOnItsOwn(new AccessRecord(LocalDateTime.now(ZoneOffset.UTC), "staff:chain", ActorRole.HANDLER,
                "127.0.0.1", List.of(second, first), AccessTask.SEARCH, Set.of(DataCategory.BASIC_PROFILE),
                "AccessChainIT.search", AccessOutcome.SUCCESS, null, null));
        sealer.sealHandedOver();
        long id = count("SELECT MAX(ID) FROM ACCESS_RECORD WHERE OPERATION = 'AccessChainIT.search'");
        assertThat(count("SELECT SUBJECT_ID FROM ACCESS_CHAIN_LINK WHERE RECORD_ID = " + id)).isEqualTo(first);
        assertThat(subjectsOf(id)).as("the subject rows").containsExactly(second);
        return id;
    }

    /** Signs a member up through the audited road and leaves its records to the sealer; the member's id. */
    private long signUpUnsealed() {
        return members.signUp(SignUpForms.valid("chain")).memberId();
    }

    /** The row of a handler's VIEW of nobody, as one inserted behind PIMS's back would be. */
    private static Map<String, Object> handlerView(long id, LocalDateTime occurredAt) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("ID", id);
        record.put("OCCURRED_AT", java.sql.Timestamp.valueOf(occurredAt));
        record.put("ACTOR_ID", "staff:nobody");
        record.put("ACTOR_ROLE", "HANDLER");
        record.put("CLIENT_IP", "127.0.0.1");
        record.put("TASK", "VIEW");
        record.put("CATEGORIES", "");
        record.put("OPERATION", "DefaultMemberCare.view");
        record.put("OUTCOME", "SUCCESS");
        return record;
    }

    private long positionOf(long recordId) throws SQLException {
        return count("SELECT POSITION FROM ACCESS_CHAIN_LINK WHERE RECORD_ID = " + recordId);
    }

    private Map<String, Object> record(long id) throws SQLException {
        return rows("SELECT * FROM ACCESS_RECORD WHERE ID = ?", id).get(0);
    }

    private List<Long> subjectsOf(long id) throws SQLException {
        return rows("SELECT SUBJECT_ID FROM ACCESS_RECORD_SUBJECT WHERE RECORD_ID = ?", id).stream()
                .map(row -> ((Number) row.get("SUBJECT_ID")).longValue()).toList();
    }

    private void insert(Map<String, Object> record, List<Long> subjects) throws SQLException {
        String columns = String.join(", ", record.keySet());
        String marks = String.join(", ", record.keySet().stream().map(c -> "?").toList());
        try (Connection connection = operational.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO ACCESS_RECORD (" + columns + ") VALUES (" + marks + ")")) {
                int i = 1;
                for (Object value : record.values()) {
                    insert.setObject(i++, value);
                }
                insert.executeUpdate();
            }
            for (long subject : subjects) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO ACCESS_RECORD_SUBJECT (RECORD_ID, SUBJECT_ID) VALUES (?, ?)")) {
                    insert.setObject(1, record.get("ID"));
                    insert.setLong(2, subject);
                    insert.executeUpdate();
                }
            }
        }
    }

    /** Drops one protecting trigger, runs the statements, and puts the trigger back, whatever happens. */
    private void withoutProtection(String trigger, String recreate, String... statements) throws SQLException {
        try (Connection connection = operational.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP TRIGGER " + trigger);
            try {
                for (String sql : statements) {
                    statement.executeUpdate(sql);
                }
            } finally {
                statement.executeUpdate(recreate);
            }
        }
    }

    private void withoutDeleteProtection(String... statements) throws SQLException {
        try (Connection connection = operational.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP TRIGGER ACCESS_RECORD_SUBJECT_NO_DELETE");
            statement.executeUpdate("DROP TRIGGER ACCESS_RECORD_NO_DELETE");
            try {
                for (String sql : statements) {
                    statement.executeUpdate(sql);
                }
            } finally {
                statement.executeUpdate(NO_DELETE);
                statement.executeUpdate(SUBJECT_NO_DELETE);
            }
        }
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
        while (System.nanoTime() < deadline && !(ended("audit.chain-verification") && ended("audit.retention")
                && !CatchUpProbe.RAN_FOR.isEmpty())) {
            Thread.sleep(200);
        }
    }

    private boolean ended(String job) {
        List<JobRunView> runs = ledger.recentRuns(job, 1);
        return !runs.isEmpty() && runs.get(0).endedAt() != null;
    }

    private List<LocalDateTime> scheduledTimes() {
        return ledger.recentRuns(CatchUpProbe.NAME, 10).stream().map(JobRunView::scheduledFor).toList();
    }

    private JobRunView latestRun(String job) {
        return ledger.recentRuns(job, 1).get(0);
    }

    private static LocalDateTime at(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = operational.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }

    private long count(String sql) throws SQLException {
        Object value = rows(sql).get(0).values().iterator().next();
        return value == null ? 0 : ((Number) value).longValue();
    }

    private List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = operational.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        Object value = result.getObject(c);
                        row.put(result.getMetaData().getColumnLabel(c),
                                value instanceof java.sql.Clob text ? text.getSubString(1, (int) text.length()) : value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
