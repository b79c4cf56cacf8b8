package dev.pims.jobs.internal;

import dev.pims.jobs.JobOutcome;
import dev.pims.jobs.Schedule;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** What of a job is due, from its schedule, its ledger rows and now: the runner's decisions, without a database. */
final class DueRuns {

    private DueRuns() {}

    /**
     * The missed runs to claim in this pass, oldest first, and how many more remain for the next passes.
     *
     * @param toClaim   scheduled times to claim, oldest first
     * @param remaining missed scheduled times beyond the limit of this pass
     */
    record CatchUp(List<Instant> toClaim, int remaining) {}

    /**
     * Every scheduled time after the job's latest ledger entry up to now, at most {@code limit} of them (the oldest);
     * a job without any entry yet (a fresh install) starts with the latest due time only, not with years of history.
     */
    static CatchUp missed(Schedule schedule, Optional<Instant> latestEntry, Instant now, int limit) {
        if (latestEntry.isEmpty()) {
            return new CatchUp(List.of(schedule.latestAtOrBefore(now)), 0);
        }
        List<Instant> missed = schedule.scheduledBetween(latestEntry.get(), now);
        if (missed.size() <= limit) {
            return new CatchUp(missed, 0);
        }
        return new CatchUp(List.copyOf(missed.subList(0, limit)), missed.size() - limit);
    }

    /**
     * The latest scheduled time alone, unless the ledger has it or a later one already: for a job whose missed runs
     * come down to the latest ({@link dev.pims.jobs.ScheduledJob#catchesUpLatestOnly()}), so that a sweep due every
     * minute does not run a thousand times after a day of downtime, nor walk a thousand scheduled times to find out.
     */
    static CatchUp latestOnly(Schedule schedule, Optional<Instant> latestEntry, Instant now) {
        Instant latest = schedule.latestAtOrBefore(now);
        if (latestEntry.filter(entry -> !entry.isBefore(latest)).isPresent()) {
            return new CatchUp(List.of(), 0);
        }
        return new CatchUp(List.of(latest), 0);
    }

    /**
     * Whether a ledger row is to be run again: FAILED, or RUNNING with its lease expired before now (a row without a
     * lease was claimed before leases existed, by a server long gone), in both cases below the maximum of attempts.
     */
    static boolean retryable(
            JobOutcome outcome, int attempts, LocalDateTime leaseUntil, LocalDateTime now, int maxAttempts) {
        if (attempts >= maxAttempts) {
            return false;
        }
        return switch (outcome) {
            case FAILED -> true;
            case RUNNING -> leaseUntil == null || leaseUntil.isBefore(now);
            case SUCCEEDED -> false;
        };
    }
}
