package dev.pims.jobs.domain;

import dev.pims.jobs.JobOutcome;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Where the ledger's rows go. The updates are conditional on the run's attempt (and, but for a takeover, on its
 * runner), so a runner that lost its run to another changes nothing: each returns whether it changed the row.
 */
public interface JobRuns {

    /** Inserts the run at once (flushes), so that a second claim of the same run fails here. */
    void claim(JobRun run);

    /** The latest scheduled time the ledger has for the job, if any. */
    Optional<LocalDateTime> latestScheduledFor(String jobName);

    /** The latest scheduled time the ledger has for the job at or before {@code upTo}, if any. */
    Optional<LocalDateTime> latestScheduledForUpTo(String jobName, LocalDateTime upTo);

    /** The job's runs, newest scheduled time first. */
    List<JobRun> latest(String jobName, int max);

    Optional<JobRun> byId(long id);

    /** The job's runs not SUCCEEDED, below the maximum of attempts, oldest scheduled time first. */
    List<JobRun> unfinished(String jobName, int maxAttempts);

    /**
     * Makes the run the next attempt, held by {@code claimedBy}, if it is still at {@code attempts} and FAILED, or
     * RUNNING with a lease expired before {@code now}.
     */
    boolean takeOver(long id, int attempts, String claimedBy, LocalDateTime now, LocalDateTime leaseUntil);

    /**
     * Marks FAILED, with this summary, every RUNNING run of the job at the maximum of attempts whose lease expired
     * before {@code now}: its last runner died, and no one may take it over again.
     *
     * @return how many runs it marked
     */
    int abandon(String jobName, int maxAttempts, LocalDateTime now, String summary);

    /** Extends the lease and records the count so far, if the runner still holds this attempt. */
    boolean renew(long id, int attempts, String claimedBy, LocalDateTime leaseUntil, long count);

    /** Records how many items the attempt expects to handle, if the runner still holds it. */
    boolean expect(long id, int attempts, String claimedBy, long expected);

    /** Ends the attempt, if the runner still holds it. */
    boolean end(
            long id, int attempts, String claimedBy, LocalDateTime at, JobOutcome outcome, long count, String summary);
}
