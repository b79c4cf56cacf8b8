package dev.pims.audit.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One batch of retention in one transaction: the checkpoint and the deletes it allows commit together or not at all.
 * Only a prefix of the chain is destroyed (up to the first record that is not yet old enough), so the chain after the
 * checkpoint stays whole.
 */
@Stateless
public class RetentionBatches {

    static final int BATCH = 10_000;

    @Inject
    private JdbcAccessChain chain;

    @Inject
    private Clock clock;

    /** @return how many records this batch destroyed; 0 when nothing more is due */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long destroyNextBatch(int retentionDays) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        LocalDateTime cutoff = now.minusDays(retentionDays);
        JdbcAccessChain.Checkpoint previous = chain.latestCheckpoint();
        long head = chain.head().lastPosition();
        long upTo = Math.min(head, previous.position() + BATCH);
        long last = chain.firstPositionNotBefore(previous.position(), upTo, cutoff).map(young -> young - 1)
                .orElse(upTo);
        if (last <= previous.position()) {
            return 0;
        }
        long end = last;
        Optional<Object[]> record = chain.hashAndTimeAt(end);
        Object[] hashAndTime = record.orElseThrow(() -> new IllegalStateException("No record at position " + end
                + ": the chain is broken there; retention stops until it is verified"));
        return chain.destroyUpTo(previous, end, (String) hashAndTime[0], (LocalDateTime) hashAndTime[1], cutoff,
                now);
    }
}
