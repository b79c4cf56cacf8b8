package dev.pims.jobs;

import java.time.LocalDateTime;

/**
 * One row of the job-run ledger, for pages. Times are UTC; {@code endedAt} is null while the run is RUNNING;
 * {@code expected} is how many items the run said it would handle, if it said ({@link JobProgress#expect(long)});
 * {@code attempts} counts the runs of this scheduled time (more than one after a retry or a takeover).
 */
public record JobRunView(
        long id,
        String jobName,
        LocalDateTime scheduledFor,
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        JobOutcome outcome,
        long count,
        Long expected,
        String summary,
        int attempts) {

    public boolean isRunning() {
        return outcome == JobOutcome.RUNNING;
    }

    /** How far the run got, 0 to 100: by its count against what it expected, 100 once it ended. */
    public int percentDone() {
        if (!isRunning()) {
            return 100;
        }
        if (expected == null || expected <= 0) {
            return 0;
        }
        return (int) Math.min(100, count * 100 / expected);
    }
}
