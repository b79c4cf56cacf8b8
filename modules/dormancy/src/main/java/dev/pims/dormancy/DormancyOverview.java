package dev.pims.dormancy;

import dev.pims.jobs.JobRunView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Dormancy as the privacy officer runs it and the auditors read it (policy §4C): how many members stand where, how
 * many notices come due and went, the settings in force, the jobs' latest runs. Counts only: the officer sees no
 * member. Only the privacy officer may start the notice job; both roles may read.
 */
public interface DormancyOverview {

    /**
     * The job that keeps dormant accounts apart, once a module registers one of this name; its runs are shown beside
     * the notices' as soon as the ledger knows it.
     */
    String SEPARATION_JOB = "dormancy.separation";

    /** The members by standing, and the notices due and sent, counted now. */
    DormancyCounts counts();

    /** The settings in force: how long a member may be idle, how long before the notice goes. */
    DormancyTerms terms();

    /** The latest runs of each registered dormancy job (the notices, and the separation once it exists), newest first. */
    List<DormancyJobRuns> recentRuns(@Min(1) @Max(100) int max);

    /**
     * Starts a run of the notice job now, in the background.
     *
     * @return the run's id; empty if a run of it is going already
     */
    OptionalLong runNoticesNow();

    /** A run of a dormancy job, by its id; empty if there is none, or it is another job's. */
    Optional<JobRunView> run(long runId);
}
