package dev.pims.jobs.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The job-run ledger as a test writes and reads it: runs claimed, failed or ended behind the runner's back, as another
 * instance leaves them.
 */
public final class JobLedgerStore {

    /** Who holds the runs this store writes as another instance's. */
    public static final String ANOTHER_INSTANCE = "test:another-instance";

    private final StoreConnection store;

    /** @param operational the operational store, which holds the ledger */
    public JobLedgerStore(StoreConnection operational) {
        this.store = operational;
    }

    /** One row of the ledger as a test checks it; {@code leaseUntil} is null once the run ended. */
    public record LedgerRow(
            long id,
            String outcome,
            int attempts,
            String claimedBy,
            LocalDateTime leaseUntil,
            long count,
            String summary) {}

    /**
     * Claims a run by inserting its row, started now and still running, without a lease (as a runner of release 1
     * did); the database refuses a second claim of the same run with an {@link SQLException} naming
     * {@code JOB_RUN_ONCE}.
     */
    public void claim(String jobName, LocalDateTime scheduledFor) throws SQLException {
        store.update(
                "INSERT INTO JOB_RUN (JOB_NAME, SCHEDULED_FOR, STARTED_AT, OUTCOME) VALUES (?, ?, "
                        + "CURRENT_TIMESTAMP, 'RUNNING')",
                jobName,
                Timestamp.valueOf(scheduledFor));
    }

    /**
     * A run claimed by another instance, its first attempt, still RUNNING and leased until {@code leaseUntil}: what a
     * server that died during the run leaves behind.
     */
    public void claimedElsewhere(String jobName, LocalDateTime scheduledFor, LocalDateTime leaseUntil)
            throws SQLException {
        store.update(
                "INSERT INTO JOB_RUN (JOB_NAME, SCHEDULED_FOR, STARTED_AT, OUTCOME, ATTEMPTS, CLAIMED_BY, LEASE_UNTIL)"
                        + " VALUES (?, ?, CURRENT_TIMESTAMP, 'RUNNING', 1, ?, ?)",
                jobName,
                Timestamp.valueOf(scheduledFor),
                ANOTHER_INSTANCE,
                Timestamp.valueOf(leaseUntil));
    }

    /**
     * A run whose attempt {@code attempts} another instance claimed and never ended, leased until {@code leaseUntil}:
     * what a server that died during a run's last allowed attempt leaves behind.
     */
    public void diedAtAttempt(String jobName, LocalDateTime scheduledFor, int attempts, LocalDateTime leaseUntil)
            throws SQLException {
        store.update(
                "INSERT INTO JOB_RUN (JOB_NAME, SCHEDULED_FOR, STARTED_AT, OUTCOME, ATTEMPTS, CLAIMED_BY, LEASE_UNTIL)"
                        + " VALUES (?, ?, CURRENT_TIMESTAMP, 'RUNNING', ?, ?, ?)",
                jobName,
                Timestamp.valueOf(scheduledFor),
                attempts,
                ANOTHER_INSTANCE,
                Timestamp.valueOf(leaseUntil));
    }

    /** A run that another instance attempted {@code attempts} times, FAILED at the last. */
    public void failedElsewhere(String jobName, LocalDateTime scheduledFor, int attempts) throws SQLException {
        store.update(
                "INSERT INTO JOB_RUN (JOB_NAME, SCHEDULED_FOR, STARTED_AT, ENDED_AT, OUTCOME, ATTEMPTS, CLAIMED_BY,"
                        + " SUMMARY) VALUES (?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'FAILED', ?, ?, ?)",
                jobName,
                Timestamp.valueOf(scheduledFor),
                attempts,
                ANOTHER_INSTANCE,
                "failed by the test");
    }

    /**
     * A SUCCEEDED run at this time for every job the ledger knows, as if another instance had run them all: a test
     * that moves the clock years on writes it for the day before, so that the runner catches up only what follows,
     * not years of daily runs.
     *
     * @return how many jobs got the row
     */
    public int ranEveryJobAt(LocalDateTime scheduledFor) throws SQLException {
        return store.update(
                "INSERT INTO JOB_RUN (JOB_NAME, SCHEDULED_FOR, STARTED_AT, ENDED_AT, OUTCOME, ATTEMPTS, CLAIMED_BY,"
                        + " SUMMARY) SELECT DISTINCT JOB_NAME, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'SUCCEEDED',"
                        + " 1, '" + ANOTHER_INSTANCE + "', 'run by the test' FROM JOB_RUN",
                Timestamp.valueOf(scheduledFor));
    }

    /**
     * Deletes every row of the job, as if the ledger had never run it: its runner then claims the job's latest due
     * time again, at its next pass.
     *
     * @return how many rows went
     */
    public int forget(String jobName) throws SQLException {
        return store.update("DELETE FROM JOB_RUN WHERE JOB_NAME = ?", jobName);
    }

    /** How many scheduled times of any job the ledger holds more than one run of. */
    public long scheduledTimesRunTwice() throws SQLException {
        return store.count("SELECT COUNT(*) FROM (SELECT JOB_NAME, SCHEDULED_FOR FROM JOB_RUN"
                + " GROUP BY JOB_NAME, SCHEDULED_FOR HAVING COUNT(*) > 1) TWICE");
    }

    /** How many runner instances (one per server start) claimed the runs the ledger holds. */
    public long claimingRunners() throws SQLException {
        return store.count("SELECT COUNT(DISTINCT CLAIMED_BY) FROM JOB_RUN");
    }

    /** The scheduled times the ledger has rows of the job for, oldest first. */
    public List<LocalDateTime> scheduledTimesOf(String jobName) throws SQLException {
        return store.query(
                "SELECT SCHEDULED_FOR FROM JOB_RUN WHERE JOB_NAME = ? ORDER BY SCHEDULED_FOR",
                row -> StoreConnection.localDateTime(row, "SCHEDULED_FOR"),
                jobName);
    }

    /** The ledger's row of the run, if any. */
    public Optional<LedgerRow> run(String jobName, LocalDateTime scheduledFor) throws SQLException {
        return store
                .query(
                        "SELECT ID, OUTCOME, ATTEMPTS, CLAIMED_BY, LEASE_UNTIL, ITEM_COUNT, SUMMARY FROM JOB_RUN"
                                + " WHERE JOB_NAME = ? AND SCHEDULED_FOR = ?",
                        row -> new LedgerRow(
                                row.getLong("ID"),
                                row.getString("OUTCOME"),
                                row.getInt("ATTEMPTS"),
                                row.getString("CLAIMED_BY"),
                                StoreConnection.localDateTime(row, "LEASE_UNTIL"),
                                row.getLong("ITEM_COUNT"),
                                row.getString("SUMMARY")),
                        jobName,
                        Timestamp.valueOf(scheduledFor))
                .stream()
                .findFirst();
    }
}
