package dev.pims.inspection;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One report in the list of reports.
 *
 * @param flags how many flags the report raised
 * @param unreviewed how many of them wait for a review
 * @param signedOffAt null until the report is signed off
 */
public record InspectionSummary(
        String period, LocalDateTime createdAt, String createdBy, int flags, int unreviewed, LocalDateTime signedOffAt)
        implements Serializable {}
