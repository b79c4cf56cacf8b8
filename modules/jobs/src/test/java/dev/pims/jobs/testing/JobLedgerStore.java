package dev.pims.jobs.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/** The job-run ledger as a test writes it: a run claimed behind the runner's back, as another instance claims one. */
public final class JobLedgerStore {

    private final StoreConnection store;

    /** @param operational the operational store, which holds the ledger */
    public JobLedgerStore(StoreConnection operational) {
        this.store = operational;
    }

    /**
     * Claims a run by inserting its row, started now and still running, as the runner of another instance does; the
     * database refuses a second claim of the same run with an {@link SQLException} naming {@code JOB_RUN_ONCE}.
     */
    public void claim(String jobName, LocalDateTime scheduledFor) throws SQLException {
        store.update(
                "INSERT INTO JOB_RUN (JOB_NAME, SCHEDULED_FOR, STARTED_AT, OUTCOME) VALUES (?, ?, "
                        + "CURRENT_TIMESTAMP, 'RUNNING')",
                jobName,
                Timestamp.valueOf(scheduledFor));
    }
}
