package dev.pims.notices.domain;

import java.time.LocalDateTime;

/**
 * That a member was mailed a business transfer (policy §10): proof of the notice, one per member and transfer.
 *
 * @param mailId the notice's mail in the outbox, which delivers it with retries
 */
public record TransferDelivery(long transferId, long memberId, LocalDateTime mailedAt, long mailId) {}
