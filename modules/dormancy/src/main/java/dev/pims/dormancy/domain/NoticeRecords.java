package dev.pims.dormancy.domain;

import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The records of dormancy notices in the operational store, in the caller's transaction. */
public interface NoticeRecords {

    /**
     * Which of these members were told already in their cycle: the one that began with the activity the map gives for
     * each. One query, for a chunk of the notice job, whose members come in the order of their last activity.
     */
    Set<Long> noticedInCycle(Map<Long, LocalDateTime> idleSinceByMember);

    /**
     * Records notices, in one batch.
     *
     * @throws IllegalStateException if a member has one for the cycle already: the store refuses a second
     */
    void add(List<DormancyNotice> notices);

    /**
     * Every notice of one member, newest first. The member's id leads no index of the table (each would slow the notice
     * job's inserts), so this reads the whole table: a member's download, not a page view.
     */
    List<DormancyNotice> ofMember(long memberId);

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

    /** Settles due notices, in one statement; a notice no longer QUEUED is left as it is. */
    void settle(Collection<Long> noticeIds, DormancyNotice.Outcome outcome);

    /** How many records are of a notice before the threshold. */
    long countBefore(LocalDateTime threshold);

    /** Destroys at most {@code max} of the records of a notice before the threshold, oldest first. */
    DestroyedRecords destroyBefore(LocalDateTime threshold, int max);
}
