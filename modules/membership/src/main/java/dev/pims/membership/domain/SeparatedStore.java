package dev.pims.membership.domain;

import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The separated database (policy §6A, §4C). A withdrawn member's data enters it only to wait for destruction; a dormant
 * member's waits in its dormant area until the member comes back.
 */
public interface SeparatedStore {

    /** Keeps dormant members' data, written at once so that a second row for a member fails the call. */
    void keepDormant(List<DormantMember> members);

    /** The dormant member's data, empty when the member is not dormant. */
    Optional<DormantMember> dormant(long memberId);

    /** Removes the dormant member's data, which has gone back to the operational store. */
    void releaseDormant(long memberId);

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
