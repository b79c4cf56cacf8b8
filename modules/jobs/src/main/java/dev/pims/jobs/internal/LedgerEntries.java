package dev.pims.jobs.internal;

import dev.pims.jobs.JobOutcome;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.domain.JobRun;
import dev.pims.jobs.domain.JobRuns;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.OptionalLong;

/**
 * Claims and ends runs, each in a transaction of its own: the claim must be committed (visible to every instance)
 * before the job starts, and the end must be written whatever the job's own transactions did.
 */
@Stateless
public class LedgerEntries {

    @Inject
    private JobRuns runs;

    @Inject
    private Clock clock;

    /**
     * Claims the run unless the ledger has it or a later run of the job already.
     *
     * @return the claimed run's id, or empty if another caller (or instance) has it
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OptionalLong claim(String jobName, Instant scheduledFor) {
        LocalDateTime scheduled = LocalDateTime.ofInstant(scheduledFor, ZoneOffset.UTC);
        if (runs.latestScheduledFor(jobName)
                .filter(latest -> !latest.isBefore(scheduled))
                .isPresent()) {
            return OptionalLong.empty();
        }
        JobRun run = new JobRun(jobName, scheduled, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        try {
            runs.claim(run);
        } catch (PersistenceException claimedElsewhere) {
            // The unique key (job, scheduled time) refused a second claim: another instance runs it.
            return OptionalLong.empty();
        }
        return OptionalLong.of(run.getId());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void end(long runId, JobOutcome outcome, JobResult result) {
        runs.find(runId)
                .ifPresent(run -> run.end(
                        LocalDateTime.now(clock.withZone(ZoneOffset.UTC)), outcome, result.count(), result.summary()));
    }
}
