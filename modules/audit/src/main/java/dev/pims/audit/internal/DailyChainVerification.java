package dev.pims.audit.internal;

import dev.pims.audit.records.AccessChain;
import dev.pims.audit.records.ChainOutcome;
import dev.pims.audit.records.ChainVerification;
import dev.pims.jobs.JobProgress;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.Schedule;
import dev.pims.jobs.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;

/**
 * Verifies the whole access-record chain every day at 02:30 UTC (safety-measures standard Art. 8), reporting the records
 * checked as progress (renewing the run's lease). Idempotent for its scheduled time, as the job-run ledger asks: a run
 * again verifies the chain as it is and records one more verification.
 */
@ApplicationScoped
class DailyChainVerification implements ScheduledJob {

    static final String NAME = AccessChain.VERIFICATION_JOB;

    @Inject
    private ChainVerifier verifier;

    @Inject
    private VerificationBoard board;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return Schedule.daily(LocalTime.of(2, 30));
    }

    @Override
    public JobResult run(Instant scheduledFor, JobProgress progress) {
        if (!board.tryStart()) {
            return new JobResult(0, "An auditor's verification was running; its result stands for this run.");
        }
        try {
            long[] reported = {0};
            ChainVerification result = verifier.verify("job:" + NAME, board::total, checked -> {
                board.checked(checked);
                progress.advance(checked - reported[0]);
                reported[0] = checked;
            });
            return new JobResult(
                    result.recordsChecked(),
                    result.outcome() == ChainOutcome.INTACT
                            ? "INTACT up to position " + result.toPosition()
                            : "BROKEN: " + result.problem());
        } finally {
            board.finish();
        }
    }
}
