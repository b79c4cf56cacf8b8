package dev.pims.dormancy.domain;

import java.time.LocalDateTime;

/**
 * That a member was told their account becomes dormant (policy §4C): proof of the notice, holding a hash of the
 * address written to rather than the address.
 *
 * @param idleSince   the member's last activity when the notice went: the stretch of inactivity (the cycle) it is for
 * @param dormantFrom the date the notice announced
 * @param addressHash SHA-256 of the address, trimmed and in lower case, in hex
 * @param mailId      the notice's mail in the outbox
 */
public record DormancyNotice(
        long memberId,
        LocalDateTime idleSince,
        LocalDateTime dormantFrom,
        LocalDateTime noticedAt,
        String addressHash,
        long mailId,
        Outcome outcome) {

    /** What became of the notice when it was recorded. */
    public enum Outcome {
        /** In the mail outbox, delivered by it with retries. */
        QUEUED,
        /** Its date came, and the member's data moved to the separated store's dormant area. */
        SEPARATED,
        /** Its date came, but the member was active again, kept active, or gone: nothing moved. */
        LAPSED
    }
}
