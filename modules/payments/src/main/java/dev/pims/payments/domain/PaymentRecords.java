package dev.pims.payments.domain;

import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;
import java.util.List;

/** The payment records of the operational store, in the caller's transaction. */
public interface PaymentRecords {

    void add(PaymentRecord record);

    /** The member's records, newest first, from the row {@code first} on, at most {@code max}. */
    List<PaymentRecord> newestOf(long memberId, int first, int max);

    /** How many records are of a payment before the threshold. */
    long countBefore(LocalDateTime threshold);

    /** Destroys at most {@code max} of the records of a payment before the threshold, oldest first. */
    DestroyedRecords destroyBefore(LocalDateTime threshold, int max);
}
