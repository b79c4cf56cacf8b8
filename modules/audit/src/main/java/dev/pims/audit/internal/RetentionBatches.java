package dev.pims.audit.internal;

import dev.pims.audit.domain.ChainCheckpoints;
import dev.pims.audit.domain.ChainRetention;
import dev.pims.audit.domain.ChainSealing;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One batch of retention in one transaction: the checkpoint and the deletes it allows commit together or not at all.
 * Only a prefix of the chain is destroyed (up to the first record that is not yet old enough), so the chain after the
 * checkpoint stays whole.
 */
@Stateless
public class RetentionBatches {

    static final int BATCH = 10_000;

    @Inject
    private ChainSealing sealing;

    @Inject
    private ChainCheckpoints checkpoints;

    @Inject
    private ChainRetention retention;

    @Inject
    private Clock clock;

    /** @return how many records this batch destroyed; 0 when nothing more is due */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long destroyNextBatch(int retentionDays) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        LocalDateTime cutoff = now.minusDays(retentionDays);
        ChainCheckpoints.Checkpoint previous = checkpoints.latest();
        long head = sealing.head().lastPosition();
        long upTo = Math.min(head, previous.position() + BATCH);
        long last = retention
                .firstPositionNotBefore(previous.position(), upTo, cutoff)
                .map(young -> young - 1)
                .orElse(upTo);
        if (last <= previous.position()) {
            return 0;
        }
        long end = last;
        ChainRetention.Boundary boundary = retention
                .boundaryAt(end)
                .orElseThrow(() -> new IllegalStateException("No record at position " + end
                        + ": the chain is broken there; retention stops until it is verified"));
        long destroyed = retention.linksBetween(previous.position(), end);
        // The checkpoint first: the database accepts the deletes only at or before one.
        checkpoints.add(
                new ChainCheckpoints.Checkpoint(end, boundary.chainHash()),
                boundary.occurredAt(),
                cutoff,
                destroyed,
                now);
        retention.destroyBetween(previous.position(), end);
        return destroyed;
    }
}
