package dev.pims.consent;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A published policy version as the notice board announces it (policy §13, §14): from its announcement until 30 days
 * after it takes effect.
 *
 * @param versionId the version, to link to its text and to the comparison with the version before it
 * @param announcedAt when the privacy officer published it (UTC)
 * @param effectiveOn the day it takes effect
 * @param summaryKo the summary of changes in Korean, which governs
 * @param summaryEn the summary of changes in English
 */
public record PolicyAnnouncement(
        long versionId, LocalDateTime announcedAt, LocalDate effectiveOn, String summaryKo, String summaryEn)
        implements Serializable {}
