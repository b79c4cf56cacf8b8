package dev.pims.jobs;

import java.util.List;

/** The job-run ledger as the rest of PIMS sees it: what ran, and running what is due. */
public interface JobLedger {

    /** The latest runs, newest scheduled time first. */
    List<JobRunView> recentRuns(String jobName, int max);

    /**
     * Runs the job now, for the current time, on a container thread and without the caller's identity: the work is
     * PIMS's own, as on the job's schedule. The run is claimed like a scheduled one, so it shows in the ledger, is
     * retried if it fails or its runner dies, and is the job's latest run (a scheduled time before it is not caught up).
     *
     * @return false, starting nothing, if the job's latest run is still RUNNING
     * @throws IllegalArgumentException if no job has this name
     */
    boolean requestRun(String jobName);

    /**
     * Runs what is due of every job, and waits for them: what the runner does at start-up and every minute. First the
     * runs to retry (FAILED, or RUNNING with an expired lease, below the maximum of attempts), then every scheduled
     * time missed since the job's latest ledger entry, oldest first. Safe to call any time: a run claimed or taken
     * over by one caller is never run by another.
     */
    void runDueJobs();
}
