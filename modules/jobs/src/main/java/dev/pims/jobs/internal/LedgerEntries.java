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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Claims, takes over, renews and ends runs, each in a transaction of its own: a claim or takeover must be committed
 * (visible to every instance) before the job starts, a renewal must not wait for the job, and the end must be written
 * whatever the job's own transactions did.
 */
@Stateless
public class LedgerEntries {

    @Inject
    private JobRuns runs;

    @Inject
    private Clock clock;

    /** A run the runner may take over: its id, scheduled time and the attempt it is at. */
    public record Unfinished(long id, Instant scheduledFor, int attempts) {}

    /**
     * Claims the run unless the ledger has it or a later run of the job already.
     *
     * @param claimedBy the runner that will run it
     * @param lease     how long the claim holds without a renewal
     * @return the claimed run's id, or empty if another caller (or instance) has it
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OptionalLong claim(String jobName, Instant scheduledFor, String claimedBy, Duration lease) {
        LocalDateTime scheduled = utc(scheduledFor);
        if (runs.latestScheduledFor(jobName)
                .filter(latest -> !latest.isBefore(scheduled))
                .isPresent()) {
            return OptionalLong.empty();
        }
        return insert(jobName, scheduled, claimedBy, lease);
    }

    /**
     * Claims the run of this time, unless the ledger has one of the job at the same time: a later run does not stand in
     * the way, as it does of a catch-up (after the clock was set back, say). For a run asked for, and for a sweep, which
     * does what is due whenever it runs.
     *
     * @return the claimed run's id, or empty if the ledger has this run already
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OptionalLong claimIfFree(String jobName, Instant scheduledFor, String claimedBy, Duration lease) {
        return insert(jobName, utc(scheduledFor), claimedBy, lease);
    }

    private OptionalLong insert(String jobName, LocalDateTime scheduled, String claimedBy, Duration lease) {
        LocalDateTime now = now();
        JobRun run = new JobRun(jobName, scheduled, now, claimedBy, now.plus(lease));
        try {
            runs.claim(run);
        } catch (PersistenceException claimedElsewhere) {
            // The unique key (job, scheduled time) refused a second claim: another instance runs it.
            return OptionalLong.empty();
        }
        return OptionalLong.of(run.getId());
    }

    /** The latest scheduled time the ledger has for the job. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Instant> latestEntry(String jobName) {
        return runs.latestScheduledFor(jobName).map(time -> time.toInstant(ZoneOffset.UTC));
    }

    /** The latest scheduled time the ledger has for the job at or before {@code upTo}, later ones left aside. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Instant> latestEntryUpTo(String jobName, Instant upTo) {
        return runs.latestScheduledForUpTo(jobName, utc(upTo)).map(time -> time.toInstant(ZoneOffset.UTC));
    }

    /**
     * Ends as FAILED the job's runs whose last allowed attempt was abandoned (RUNNING, lease expired), so that the
     * ledger does not show them running for ever.
     *
     * @return how many it ended
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int failAbandoned(String jobName, int maxAttempts) {
        return runs.abandon(
                jobName,
                maxAttempts,
                now(),
                "abandoned: the runner of the last allowed attempt (" + maxAttempts + ") stopped without ending it");
    }

    /** The job's runs to run again now: FAILED, or RUNNING with an expired lease, below the maximum of attempts. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Unfinished> retryable(String jobName, int maxAttempts) {
        LocalDateTime now = now();
        return runs.unfinished(jobName, maxAttempts).stream()
                .filter(run ->
                        DueRuns.retryable(run.getOutcome(), run.getAttempts(), run.getLeaseUntil(), now, maxAttempts))
                .map(run ->
                        new Unfinished(run.getId(), run.getScheduledFor().toInstant(ZoneOffset.UTC), run.getAttempts()))
                .toList();
    }

    /**
     * Takes the run over as its next attempt, if it is still at the attempt the caller saw and still retryable: of
     * several runners trying, exactly one wins.
     *
     * @return whether this caller won
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean takeOver(Unfinished run, String claimedBy, Duration lease) {
        LocalDateTime now = now();
        return runs.takeOver(run.id(), run.attempts(), claimedBy, now, now.plus(lease));
    }

    /**
     * Renews the lease of the attempt and records its count so far.
     *
     * @return false if the runner no longer holds the attempt (another took it over)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean renew(long runId, int attempt, String claimedBy, Duration lease, long count) {
        return runs.renew(runId, attempt, claimedBy, now().plus(lease), count);
    }

    /**
     * Records how many items the attempt expects to handle.
     *
     * @return false if the runner no longer holds the attempt (another took it over)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expect(long runId, int attempt, String claimedBy, long expected) {
        return runs.expect(runId, attempt, claimedBy, expected);
    }

    /**
     * Ends the attempt with its outcome.
     *
     * @return false if the runner no longer held the attempt: the other runner's result stands
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean end(long runId, int attempt, String claimedBy, JobOutcome outcome, JobResult result) {
        return runs.end(runId, attempt, claimedBy, now(), outcome, result.count(), result.summary());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
