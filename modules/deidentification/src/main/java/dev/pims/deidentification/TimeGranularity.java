package dev.pims.deidentification;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** How coarsely a dataset tells when a use happened: the day, the ISO week or the month (UTC). */
public enum TimeGranularity {
    /** {@code 2026-12-06} */
    DAY,
    /** {@code 2026-W49}, the ISO week (Monday to Sunday) */
    WEEK,
    /** {@code 2026-12} */
    MONTH;

    /** The period of this granularity the day falls in, as the dataset writes it. */
    public String periodOf(LocalDate day) {
        return switch (this) {
            case DAY -> day.toString();
            case WEEK ->
                String.format(
                        Locale.ROOT,
                        "%d-W%02d",
                        day.get(IsoFields.WEEK_BASED_YEAR),
                        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> day.toString().substring(0, "yyyy-MM".length());
        };
    }
}
