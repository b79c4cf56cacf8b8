package dev.pims.notices;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A business transfer as recorded (policy §10): who takes the business over, how to reach them, on which day, and
 * what passes to them, in Korean (which governs) and English. No member's data: the transferee is a company.
 *
 * @param recordedAt when the privacy officer recorded it (UTC): when it went on the board
 * @param recordedBy the login id of the privacy officer who recorded it
 */
public record TransferNotice(
        long id,
        String transferee,
        String contact,
        LocalDate transferOn,
        String passesKo,
        String passesEn,
        LocalDateTime recordedAt,
        String recordedBy)
        implements Serializable {

    /** What passes, in the page's language: Korean for "ko", English otherwise. */
    public String passes(String language) {
        return "ko".equals(language) ? passesKo : passesEn;
    }
}
