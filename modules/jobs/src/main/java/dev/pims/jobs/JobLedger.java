package dev.pims.jobs;

import java.util.List;

/** The job-run ledger as the rest of PIMS sees it: what ran, and running what is due. */
public interface JobLedger {

    /** The latest runs, newest scheduled time first. */
    List<JobRunView> recentRuns(String jobName, int max);

    /**
     * Runs what is due of every job, and waits for them: what the runner does at start-up and every minute. First the
     * runs to retry (FAILED, or RUNNING with an expired lease, below the maximum of attempts), then every scheduled
     * time missed since the job's latest ledger entry, oldest first. Safe to call any time: a run claimed or taken
     * over by one caller is never run by another.
     */
    void runDueJobs();
}
