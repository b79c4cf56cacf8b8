package dev.pims.inquiry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDateTime;

/**
 * Inquiries written through the public form at a past time, for {@code ./pims start --demo}, so that the officer's queue
 * has cases at the first start and the rule {@code inquiry.closed-cases} has closed cases due, falling due and kept.
 * Only PIMS itself may call it (start-up code, never an HTTP request).
 */
public interface SyntheticInquiries {

    /**
     * Records the inquiry as received at {@code receivedAt}, closed at {@code closedAt} when that is given, and returns
     * the case's id.
     */
    long receiveAsOf(
            @NotNull @Valid InquiryForm form,
            @NotNull @PastOrPresent LocalDateTime receivedAt,
            @PastOrPresent LocalDateTime closedAt);
}
