package dev.pims.retention;

import dev.pims.jobs.JobRunView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Locale;

/**
 * Retention as the privacy officer runs it and the auditors read it (policy §4, §6): the rules with what is due, the
 * engine's runs, the destruction ledger. Only the privacy officer may start a run; both roles may read.
 */
public interface RetentionOverview {

    /** The name of the engine's job in the job-run ledger. */
    String ENGINE_JOB = "retention.destruction";

    /** Every registered rule, by name, with its counts due now and within 30 days. */
    List<RuleStatus> rules(Locale locale);

    /** The engine's latest runs, newest first. */
    List<JobRunView> recentRuns(@Min(1) @Max(100) int max);

    /**
     * Starts a run of the engine now, in the background.
     *
     * @return false if a run is going already
     */
    boolean runNow();

    /** The destruction ledger, per run and rule, newest first. */
    List<DestructionEntry> ledger(@Min(1) @Max(1000) int max);

    /** The whole destruction ledger as CSV, per run and rule, newest first. */
    String ledgerCsv();
}
