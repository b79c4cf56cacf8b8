package dev.pims.membership.domain;

import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;
import java.util.Map;

/** The separated database (policy §6A). Data enters it only to wait for destruction. */
public interface SeparatedStore {

    void keep(SeparatedMember member);

    /**
     * The data a PIMS older than the key ring kept in clear (JSON, which no sealed value starts like), by member id:
     * at most {@code max} members, lowest ids first.
     */
    Map<Long, String> dataInClear(int max);

    /** Replaces a member's data in clear by the same data sealed. */
    void replaceDataInClear(long memberId, String sealed);

    /** How many members were separated before the threshold. */
    long countSeparatedBefore(LocalDateTime threshold);

    /** Destroys at most {@code max} of the members separated before the threshold, earliest first. */
    DestroyedRecords destroySeparatedBefore(LocalDateTime threshold, int max);
}
