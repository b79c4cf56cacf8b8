package dev.pims.notices.internal;

import dev.pims.notices.TransferNotices;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The dates of policy §10, in one place: how soon a transfer may be, and how long the board shows one. */
final class TransferTerms {

    private TransferTerms() {}

    /** The earliest date a transfer recorded at {@code recordedAt} (UTC) may have: 30 days later. */
    static LocalDate earliestDate(LocalDateTime recordedAt) {
        return recordedAt.toLocalDate().plus(TransferNotices.NOTICE_AHEAD);
    }

    /** The earliest date of a transfer the board still shows on {@code today}: 30 days after the date at most. */
    static LocalDate shownFrom(LocalDate today) {
        return today.minus(TransferNotices.SHOWN_AFTER);
    }

    /** The earliest date of a transfer a mail run on {@code today} tells members of: one still ahead. */
    static LocalDate mailedFrom(LocalDate today) {
        return today.plusDays(1);
    }
}
