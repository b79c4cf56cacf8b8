package dev.pims.inspection;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One flag of a report and its review, as the auditor reads it.
 *
 * @param day the day in the inspection's time zone
 * @param observed what was counted: distinct subjects, off-hours records, denied attempts; 1 for a download or an
 *                 address
 * @param recordId the access record of a download, else null
 * @param detail a download's reason, or the new address
 */
public record InspectionFlagView(
        long id,
        FlagKind kind,
        String actorId,
        LocalDate day,
        long observed,
        Long recordId,
        String detail,
        LocalDateTime reviewedAt,
        String reviewedBy,
        String reviewNote)
        implements Serializable {

    /** Whether an auditor has reviewed it. */
    public boolean reviewed() {
        return reviewedAt != null;
    }
}
