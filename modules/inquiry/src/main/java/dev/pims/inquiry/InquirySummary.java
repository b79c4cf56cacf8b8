package dev.pims.inquiry;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One line of the privacy officer's queue: the subject and where the case stands, the reply address masked
 * ({@link InquiryMasking}); the case in full only when it is opened, which is an access record of its own.
 */
public record InquirySummary(
        long id,
        Long memberId,
        LocalDateTime receivedAt,
        String subject,
        String maskedReplyTo,
        InquiryState state,
        String assignedTo,
        LocalDateTime closedAt)
        implements Serializable {}
