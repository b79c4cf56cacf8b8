package dev.pims.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the access-record chain: the last position given out and its hash. Its one row is also the chain's
 * lock: a writer locks it (SELECT ... FOR UPDATE) before it takes the next position, so concurrent writers queue for
 * the short end of their transactions and the chain has no fork and no gap (ADR 0002).
 */
@Entity
@Table(name = "ACCESS_CHAIN_HEAD")
public class AccessChainHead {

    public static final int THE_ONE = 1;

    @Id
    @Column(name = "ID")
    private int id;

    @Column(name = "LAST_POSITION", nullable = false)
    private long lastPosition;

    @Column(name = "LAST_HASH", nullable = false, length = 64)
    private String lastHash;

    protected AccessChainHead() {
    }

    /** Chains the record to the end and moves the end to it. */
    public void append(AccessRecord record) {
        long position = lastPosition + 1;
        record.chain(position, lastHash);
        lastPosition = position;
        lastHash = record.getChainHash();
    }
}
