package dev.pims.audit.domain;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The one delete path of the access log: retention destroys a prefix of the chain, a batch at a time, behind a
 * checkpoint written first in the same transaction (the database refuses any other delete; V9, V12).
 */
public interface ChainRetention {

    /**
     * The first position after {@code after}, up to {@code upTo}, of a record not older than the cutoff, if any: a
     * walk along the links from the checkpoint, never further than one batch.
     */
    Optional<Long> firstPositionNotBefore(long after, long upTo, LocalDateTime cutoff);

    /** The link at a position, if there is one. */
    Optional<Boundary> boundaryAt(long position);

    /** How many links lie after {@code after} up to {@code upTo}. */
    long linksBetween(long after, long upTo);

    /**
     * Destroys the records linked after {@code after} up to {@code upTo}: their subject rows, the records, then the
     * links.
     */
    void destroyBetween(long after, long upTo);

    /** The last link a batch destroys: the checkpoint keeps its hash and its record's time. */
    record Boundary(String chainHash, LocalDateTime occurredAt) {}
}
