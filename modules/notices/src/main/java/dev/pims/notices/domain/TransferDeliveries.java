package dev.pims.notices.domain;

import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The records of members mailed about a transfer, in the operational store, in the caller's transaction. */
public interface TransferDeliveries {

    /** Which of these members were mailed about the transfer already: one query, for a chunk of the mail job. */
    Set<Long> mailedAmong(long transferId, Collection<Long> memberIds);

    /**
     * Records deliveries, in one batch.
     *
     * @throws IllegalStateException if a member has one for the transfer already: the store refuses a second
     */
    void add(List<TransferDelivery> deliveries);

    /** How many members were mailed about the transfer: a count for the privacy officer's page, naming nobody. */
    long countOf(long transferId);

    /** How many records are of a mail before the threshold. */
    long countBefore(LocalDateTime threshold);

    /** Destroys at most {@code max} of the records of a mail before the threshold, oldest first. */
    DestroyedRecords destroyBefore(LocalDateTime threshold, int max);
}
