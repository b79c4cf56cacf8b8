package dev.pims.audit.internal;

import dev.pims.audit.domain.AccessChainHashing;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals committed access records into the hash chain, in the order their transactions committed, off the writers'
 * path: a writer hands its records over, as it wrote them, after its commit and goes on; one sealing at a time takes
 * everything handed over so far, so under load a batch grows and a link costs a fraction of a transaction (ADR 0003).
 * Only records handed over here are sealed while PIMS runs: a record inserted behind PIMS's back stays outside the
 * chain, where the verification finds it.
 */
@ApplicationScoped
public class ChainSealer {

    private static final Logger LOG = Logger.getLogger(ChainSealer.class.getName());
    /** Records per sealing transaction, at most. */
    private static final int BATCH = 1_000;

    private static final long RETRY_SECONDS = 5;
    /**
     * How long a sealing waits for more records: one sealing transaction for many, not one per record. A record is
     * searchable by its subjects once sealed, so a quarter of a second later at most under light load.
     */
    private static final long GATHERING_MILLIS = 250;

    private final Deque<AccessChainHashing.Fields> handedOver = new ConcurrentLinkedDeque<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ReentrantLock sealing = new ReentrantLock();

    @Inject
    private SealingBatches batches;

    /**
     * The platform's default executor by its global name. A plain {@code @Resource} names it under
     * {@code java:comp/env}, which Payara resolves only on a thread that runs a component: this bean is created by its
     * first call, often in the commit of a start-up singleton's transaction, where no component runs any more, and
     * Payara then left the field null for the life of the application (the sealer never ran). A global name needs no
     * component.
     */
    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService executor;

    /**
     * Called after the records' transaction committed: they are sealed within a quarter of a second, by another thread,
     * together with whatever other writers hand over meanwhile.
     */
    void sealSoon(List<AccessChainHashing.Fields> committedRecords) {
        handedOver.addAll(committedRecords);
        scheduleSealing(GATHERING_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void sealInBackground() {
        scheduled.set(false);
        try {
            sealHandedOver();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Sealing access records failed; trying again in " + RETRY_SECONDS + " s", failure);
            scheduleSealing(RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /**
     * Schedules one sealing unless one is due already. If the executor refuses (it is shutting down, or is missing),
     * the records are sealed in the calling thread instead, and the next commit schedules again: sealing never stops
     * while records are handed over.
     */
    private void scheduleSealing(long delay, TimeUnit unit) {
        if (!scheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.schedule(this::sealInBackground, delay, unit);
        } catch (RuntimeException refused) {
            scheduled.set(false);
            LOG.log(Level.WARNING, "Could not schedule the sealing of access records; sealing them now", refused);
            try {
                sealHandedOver();
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Sealing access records failed; the next commit tries again", failure);
            }
        }
    }

    /**
     * Seals every record handed over so far, in the calling thread, and returns when they are in the chain: before a
     * verification, when auditing stops, and for a test that reads the chain.
     */
    public void sealHandedOver() {
        sealing.lock();
        try {
            for (List<AccessChainHashing.Fields> batch = nextBatch(); !batch.isEmpty(); batch = nextBatch()) {
                try {
                    sealSkippingWhatIsSealedElsewhere(batch);
                } catch (RuntimeException failure) {
                    for (int i = batch.size() - 1; i >= 0; i--) {
                        handedOver.addFirst(batch.get(i));
                    }
                    throw failure;
                }
            }
        } finally {
            sealing.unlock();
        }
    }

    /**
     * Seals what a server that stopped without sealing left unsealed near the end of the chain (see
     * {@link SealingBatches#sealLeftovers()}), while no other sealing runs: records written at start-up are being
     * sealed meanwhile, and two sealings at once would both take the same next places in the chain.
     *
     * @return the ids sealed
     */
    public List<Long> sealLeftovers() {
        sealing.lock();
        try {
            return batches.sealLeftovers();
        } finally {
            sealing.unlock();
        }
    }

    private void sealSkippingWhatIsSealedElsewhere(List<AccessChainHashing.Fields> batch) {
        try {
            batches.seal(batch);
        } catch (SealedElsewhere raced) {
            batches.sealThoseNotSealed(batch);
        }
    }

    private List<AccessChainHashing.Fields> nextBatch() {
        List<AccessChainHashing.Fields> batch = new ArrayList<>();
        AccessChainHashing.Fields record;
        while (batch.size() < BATCH && (record = handedOver.pollFirst()) != null) {
            batch.add(record);
        }
        return batch;
    }
}
