package dev.pims.consent.domain;

import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;
import java.util.List;

/** The consent history of every member. */
public interface ConsentRecords {

    void add(ConsentRecord record);

    /** Newest first. */
    List<ConsentRecord> ofMember(long memberId);

    /** The records naming the partner (policy §3A), newest first. */
    List<ConsentRecord> ofPartner(long partnerId);

    /** Notes when the member's membership ended: what the retention of their consent records is counted from. */
    void membershipEnded(long memberId, LocalDateTime endedAt);

    /** How many consent records are of memberships that ended before the threshold. */
    long countOfMembershipsEndedBefore(LocalDateTime threshold);

    /**
     * Destroys at most {@code max} consent records of memberships that ended before the threshold, earliest ending
     * first, and the note of each membership whose records are all gone.
     */
    DestroyedRecords destroyOfMembershipsEndedBefore(LocalDateTime threshold, int max);
}
