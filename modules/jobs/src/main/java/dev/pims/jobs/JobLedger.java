package dev.pims.jobs;

import java.util.List;

/** The job-run ledger as the rest of PIMS sees it: what ran, and running what is due. */
public interface JobLedger {

    /** The latest runs, newest scheduled time first. */
    List<JobRunView> recentRuns(String jobName, int max);

    /**
     * Runs every job whose latest scheduled time has no ledger row yet, and waits for them: what the runner does at
     * start-up and every minute. Safe to call any time: a run already claimed is never run again.
     */
    void runDueJobs();
}
