package dev.pims.membership.domain;

import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;

/** The separated database (policy §6A). Data enters it only to wait for destruction. */
public interface SeparatedStore {

    void keep(SeparatedMember member);

    /** How many members were separated before the threshold. */
    long countSeparatedBefore(LocalDateTime threshold);

    /** Destroys at most {@code max} of the members separated before the threshold, earliest first. */
    DestroyedRecords destroySeparatedBefore(LocalDateTime threshold, int max);
}
