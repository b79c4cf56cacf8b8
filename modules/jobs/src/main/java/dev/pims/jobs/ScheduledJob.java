package dev.pims.jobs;

import java.time.Instant;

/**
 * A job run on a schedule through the job-run ledger (see the package documentation): implement it as a CDI bean and
 * the runner finds it.
 * <p>
 * <b>A job must be idempotent for its scheduled time.</b> The runner runs every missed scheduled time, and runs a
 * scheduled time again when its run failed or its runner died (up to {@code pims.jobs.max-attempts} attempts), so a
 * run of a time that has partly or wholly run before must do no harm twice: it finds done what is done and does the
 * rest.
 */
public interface ScheduledJob {

    /** A stable name, unique among jobs, e.g. {@code audit.retention}; it is the ledger's key with the time. */
    String name();

    /** When the job is due. */
    Schedule schedule();

    /**
     * Whether a downtime's missed runs come down to the latest one. A sweep, whose run does whatever is due at the moment
     * it runs (e.g. every minute: send the mails that are due), would only repeat the same work for each missed time, so
     * it says yes; a job whose run belongs to its scheduled time (a day's destruction, a month's report) keeps the default
     * and has every missed time run.
     */
    default boolean catchesUpLatestOnly() {
        return false;
    }

    /**
     * Does the work of the run scheduled for this time, outside any transaction.
     *
     * @param progress where a job that works in chunks reports each one (which renews its lease)
     * @return how much it did, for the ledger
     * @throws RuntimeException to mark the run FAILED (retried later); the message becomes the ledger's summary
     */
    JobResult run(Instant scheduledFor, JobProgress progress);
}
