package dev.pims.usage;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The uses of a period, for the privacy officer's de-identified dataset that improves the AI service (policy §1A, §3D):
 * who, when and what kind of use, never the detail (search terms, item ids), which is free text that could name
 * someone. One VIEW access record of service usage per call, naming the members read.
 */
public interface UsageForImprovement {

    /** The most uses one call reads. */
    int USES_MAX = 100_000;

    /** The uses from the first day to the last (UTC, both included), oldest first, at most {@value #USES_MAX}. */
    PeriodUses usesBetween(@NotNull LocalDate firstDay, @NotNull LocalDate lastDay);
}
