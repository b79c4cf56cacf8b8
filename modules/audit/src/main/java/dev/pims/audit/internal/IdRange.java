package dev.pims.audit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A range of record ids, both ends included. Records are read by ranges of neighbouring ids rather than by lists of
 * ids: one {@code BETWEEN} reads a run of the primary key.
 */
record IdRange(long first, long last) {

    /** Ids further apart than this (many sequence blocks) go to separate ranges. */
    static final long RUN_GAP = 1_000;

    /** The ids, sorted, cut into ranges wherever two neighbours lie further apart than a few sequence blocks. */
    static List<IdRange> around(Collection<Long> ids) {
        long[] sorted = ids.stream().mapToLong(Long::longValue).sorted().toArray();
        List<IdRange> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] - sorted[i - 1] > RUN_GAP) {
                ranges.add(new IdRange(sorted[start], sorted[i - 1]));
                start = i;
            }
        }
        return ranges;
    }
}
