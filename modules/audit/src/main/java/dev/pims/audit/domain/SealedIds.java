package dev.pims.audit.domain;

import java.util.BitSet;

/**
 * The ids of the records a verification met in the chain, one bit each: a walk over a million links keeps them in a few
 * hundred kilobytes. Ids at or below the legacy ones, or too far above them for a bit, are never held; a record with
 * such an id is looked up by itself.
 */
public final class SealedIds {

    private final long legacyMaxId;
    private final BitSet bits = new BitSet();

    /** @param legacyMaxId the highest id of the records written before the chain existed */
    public SealedIds(long legacyMaxId) {
        this.legacyMaxId = legacyMaxId;
    }

    public long legacyMaxId() {
        return legacyMaxId;
    }

    public void add(long recordId) {
        int bit = bit(recordId);
        if (bit >= 0) {
            bits.set(bit);
        }
    }

    /** Whether the id was added; false too for an id this set cannot hold. */
    public boolean contains(long recordId) {
        int bit = bit(recordId);
        return bit >= 0 && bits.get(bit);
    }

    private int bit(long recordId) {
        long offset = recordId - legacyMaxId - 1;
        return offset < 0 || offset >= Integer.MAX_VALUE ? -1 : (int) offset;
    }
}
