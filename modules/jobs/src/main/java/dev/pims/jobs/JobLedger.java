package dev.pims.jobs;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The job-run ledger as the rest of PIMS sees it: what ran, and running what is due. */
public interface JobLedger {

    /** The latest runs, newest scheduled time first. */
    List<JobRunView> recentRuns(String jobName, int max);

    /**
     * Runs the job now, for the current time, on a container thread and without the caller's identity: the work is
     * PIMS's own, as on the job's schedule. The run is claimed like a scheduled one, so it shows in the ledger, is
     * retried if it fails or its runner dies, and is the job's latest run (a scheduled time before it is not caught up).
     *
     * @return the run's id; empty, starting nothing, if the job's latest run is still RUNNING or the job has a run of
     *     this second already
     * @throws IllegalArgumentException if no job has this name
     */
    OptionalLong requestRun(String jobName);

    /**
     * Runs the job now, for the current time, in the caller's thread, and returns its run when it has ended: for work
     * that must be done before the application serves (a restore's replay of destructions, at start-up). Claimed and
     * recorded like a requested run.
     *
     * @return the ended run; empty, running nothing, if the job has a run of this second already
     * @throws IllegalArgumentException if no job has this name
     */
    Optional<JobRunView> runNow(String jobName);

    /** One run, by its id. */
    Optional<JobRunView> run(long runId);

    /**
     * Runs what is due of every job, and waits for them: what the runner does at start-up and every minute. First the
     * runs to retry (FAILED, or RUNNING with an expired lease, below the maximum of attempts), then every scheduled
     * time missed since the job's latest ledger entry, oldest first. Safe to call any time: a run claimed or taken
     * over by one caller is never run by another.
     */
    void runDueJobs();
}
