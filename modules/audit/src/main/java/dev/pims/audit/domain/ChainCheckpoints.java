package dev.pims.audit.domain;

import java.time.LocalDateTime;

/**
 * The checkpoints retention leaves behind (append-only): the position and hash of the last record a batch destroyed,
 * from which the rest of the chain still verifies.
 */
public interface ChainCheckpoints {

    /** The latest checkpoint, or {@link Checkpoint#NONE} before the first. */
    Checkpoint latest();

    /**
     * Writes a checkpoint; the database accepts it only when it names a sealed record by its position and hash, and
     * accepts the deletes of retention only at or before one.
     */
    void add(
            Checkpoint checkpoint,
            LocalDateTime lastOccurredAt,
            LocalDateTime cutoff,
            long destroyed,
            LocalDateTime createdAt);

    /** Where the chain now begins: the position and hash the next link follows. */
    record Checkpoint(long position, String hash) {

        /** The start of a chain that no checkpoint cut. */
        public static final Checkpoint NONE = new Checkpoint(0, AccessChainHashing.GENESIS);
    }
}
