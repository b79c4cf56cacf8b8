package dev.pims.marketing.domain;

import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The records of newsletters written to members, in the operational store, in the caller's transaction. */
public interface NewsletterSends {

    /** Which of these members the newsletter was written to already: one query, for a chunk. */
    Set<Long> sentTo(long newsletterId, Collection<Long> memberIds);

    /**
     * Records sends, in one batch.
     *
     * @throws IllegalStateException if a member has one for the newsletter already: the store refuses a second
     */
    void add(List<NewsletterSend> sends);

    /** How many members the newsletter was written to. */
    int countOf(long newsletterId);

    /** How many records are of a send before the threshold. */
    long countBefore(LocalDateTime threshold);

    /** Destroys at most {@code max} of the records of a send before the threshold, oldest first. */
    DestroyedRecords destroyBefore(LocalDateTime threshold, int max);
}
