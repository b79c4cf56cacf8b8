package dev.pims.usage.domain;

import dev.pims.retention.DestroyedRecords;
import dev.pims.usage.UsageKind;
import java.time.LocalDateTime;
import java.util.List;

/** The service-usage records of the operational store, in the caller's transaction. */
public interface ServiceUsageRecords {

    void add(long memberId, LocalDateTime occurredAt, UsageKind kind, String detail);

    /** The member's records, newest first, from the row {@code first} on, at most {@code max}. */
    List<ServiceUsageRecord> newestOf(long memberId, int first, int max);

    /** The records of a use from {@code from} (included) to {@code until} (excluded), oldest first, at most {@code max}. */
    List<ServiceUsageRecord> between(LocalDateTime from, LocalDateTime until, int max);

    /** How many records are of a use before the threshold. */
    long countBefore(LocalDateTime threshold);

    /** Destroys at most {@code max} of the records of a use before the threshold, oldest first. */
    DestroyedRecords destroyBefore(LocalDateTime threshold, int max);
}
