package dev.pims.marketing.domain;

import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The records of reconfirmation notices in the operational store, in the caller's transaction. */
public interface ReconfirmationRecords {

    /**
     * For each of these members, keyed by member, the time of the latest notice about the consent given at the time
     * the map gives: where the member's current cycle begins. A member never told about that consent is absent.
     */
    Map<Long, LocalDateTime> latestNotices(Map<Long, LocalDateTime> consentGivenAtByMember);

    /**
     * Records notices, in one batch.
     *
     * @throws IllegalStateException if a member has one for the cycle already: the store refuses a second
     */
    void add(List<ReconfirmationNotice> notices);

    /** How many records are of a notice before the threshold. */
    long countBefore(LocalDateTime threshold);

    /** Destroys at most {@code max} of the records of a notice before the threshold, oldest first. */
    DestroyedRecords destroyBefore(LocalDateTime threshold, int max);
}
