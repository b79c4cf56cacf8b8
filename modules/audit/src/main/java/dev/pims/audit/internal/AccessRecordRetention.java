package dev.pims.audit.internal;

import dev.pims.audit.records.AccessChain;
import dev.pims.jobs.JobProgress;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.Schedule;
import dev.pims.jobs.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;

/**
 * Destroys access records older than the retention, every day at 03:30 UTC. The retention is two years (730 days;
 * safety-measures standard Art. 8 asks for at least two) or longer by the system property
 * {@code pims.audit.retention-days}, read at each run; a shorter value is ignored. Records go in chain order, in
 * batches, each behind a checkpoint written first, so the rest of the chain still verifies; each batch is reported as
 * progress (renewing the run's lease). Idempotent for its scheduled time, as the job-run ledger asks: it destroys what
 * is older than the retention now, so a run again finds done what was done and destroys only what is left.
 */
@ApplicationScoped
class AccessRecordRetention implements ScheduledJob {

    static final String NAME = AccessChain.RETENTION_JOB;
    static final String RETENTION_DAYS = "pims.audit.retention-days";
    static final int LEGAL_MINIMUM_DAYS = 730;

    @Inject
    private RetentionBatches batches;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return Schedule.daily(LocalTime.of(3, 30));
    }

    @Override
    public JobResult run(Instant scheduledFor, JobProgress progress) {
        int days = Math.max(LEGAL_MINIMUM_DAYS, Integer.getInteger(RETENTION_DAYS, LEGAL_MINIMUM_DAYS));
        long destroyed = 0;
        long batch;
        do {
            batch = batches.destroyNextBatch(days);
            destroyed += batch;
            progress.advance(batch);
        } while (batch > 0);
        return new JobResult(destroyed, destroyed + " access records older than " + days + " days destroyed");
    }
}
