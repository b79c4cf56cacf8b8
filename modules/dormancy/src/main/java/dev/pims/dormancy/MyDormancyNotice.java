package dev.pims.dormancy;

import java.time.LocalDateTime;

/**
 * One notice that the member's account would become dormant, as the member may read it.
 *
 * @param idleSince   the member's last activity when the notice went: the stretch of inactivity it was for
 * @param dormantFrom the date the notice announced
 * @param addressHash SHA-256 of the address written to, trimmed and in lower case, in hex: all PIMS kept of it
 * @param outcome     QUEUED (sent by the outbox), SEPARATED (the data moved on that date) or LAPSED (nothing moved)
 */
public record MyDormancyNotice(
        LocalDateTime noticedAt,
        LocalDateTime idleSince,
        LocalDateTime dormantFrom,
        String addressHash,
        String outcome) {}
