package dev.pims.jobs.internal;

import dev.pims.jobs.JobProgress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The progress of one attempt, as its job reports it: the count grows with each report, and the lease is renewed
 * (with the count) in a short transaction of its own, at most every tenth of the lease so that a job reporting small
 * chunks does not write the ledger for each.
 */
final class LeaseProgress implements JobProgress {

    private final LedgerEntries entries;
    private final long runId;
    private final int attempt;
    private final String claimedBy;
    private final Duration lease;
    private final Clock clock;
    private long count;
    private Instant lastRenewal;

    LeaseProgress(LedgerEntries entries, long runId, int attempt, String claimedBy, Duration lease, Clock clock) {
        this.entries = entries;
        this.runId = runId;
        this.attempt = attempt;
        this.claimedBy = claimedBy;
        this.lease = lease;
        this.clock = clock;
        this.lastRenewal = clock.instant();
    }

    @Override
    public void advance(long items) {
        count += items;
        Instant now = clock.instant();
        if (now.isBefore(lastRenewal.plus(lease.dividedBy(10)))) {
            return;
        }
        if (!entries.renew(runId, attempt, claimedBy, lease, count)) {
            throw new LeaseLost("Run " + runId + " (attempt " + attempt + ") was taken over by another runner");
        }
        lastRenewal = now;
    }

    @Override
    public void expect(long items) {
        if (!entries.expect(runId, attempt, claimedBy, items)) {
            throw new LeaseLost("Run " + runId + " (attempt " + attempt + ") was taken over by another runner");
        }
    }

    @Override
    public long runId() {
        return runId;
    }

    @Override
    public int attempt() {
        return attempt;
    }
}
