package dev.pims.dormancy.domain;

import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;
import java.util.List;

/** The records of dormancy notices in the operational store, in the caller's transaction. */
public interface NoticeRecords {

    /** Whether the member was told already in the cycle that began with the activity at {@code idleSince}. */
    boolean noticed(long memberId, LocalDateTime idleSince);

    /**
     * Records a notice.
     *
     * @throws IllegalStateException if the member has one for the cycle already: the store refuses a second
     */
    void add(DormancyNotice notice);

    /** How many notices went at or after {@code since}: a count for the privacy officer's page, naming nobody. */
    long countNoticedSince(LocalDateTime since);

    /**
     * A notice still QUEUED whose announced date is at or before {@code at}: the separation it announced is due.
     *
     * @param idleSince the cycle the notice is for
     */
    record Due(long noticeId, long memberId, LocalDateTime idleSince) {}

    /** How many notices are due for separation at {@code at}. */
    long countDueForSeparation(LocalDateTime at);

    /** At most {@code max} of the notices due for separation at {@code at}, earliest date first. */
    List<Due> dueForSeparation(LocalDateTime at, int max);

    /** Settles a due notice; a notice no longer QUEUED is left as it is. */
    void settle(long noticeId, DormancyNotice.Outcome outcome);

    /** How many records are of a notice before the threshold. */
    long countBefore(LocalDateTime threshold);

    /** Destroys at most {@code max} of the records of a notice before the threshold, oldest first. */
    DestroyedRecords destroyBefore(LocalDateTime threshold, int max);
}
