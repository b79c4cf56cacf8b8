package dev.pims.jobs;

/**
 * A job run on a schedule through the job-run ledger (see the package documentation): implement it as a CDI bean and
 * the runner finds it.
 */
public interface ScheduledJob {

    /** A stable name, unique among jobs, e.g. {@code audit.retention}; it is the ledger's key with the time. */
    String name();

    /** When the job is due. */
    Schedule schedule();

    /**
     * Does the work of the run scheduled for this time, outside any transaction.
     *
     * @return how much it did, for the ledger
     * @throws RuntimeException to mark the run FAILED; the message becomes the ledger's summary
     */
    JobResult run(java.time.Instant scheduledFor);
}
