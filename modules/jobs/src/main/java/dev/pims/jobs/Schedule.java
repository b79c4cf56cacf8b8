package dev.pims.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * When a job is due, as the latest scheduled time at or before a moment. The runner needs nothing else: it runs that
 * time unless the ledger already has it (or a later one). Times are in UTC, like every time PIMS stores.
 */
@FunctionalInterface
public interface Schedule {

    /** The latest scheduled time at or before {@code now}. */
    Instant latestAtOrBefore(Instant now);

    /** Every day at this time of day (UTC). */
    static Schedule daily(LocalTime at) {
        return now -> {
            ZonedDateTime today =
                    now.atZone(ZoneOffset.UTC).toLocalDate().atTime(at).atZone(ZoneOffset.UTC);
            return (today.toInstant().isAfter(now) ? today.minusDays(1) : today).toInstant();
        };
    }

    /** Every month on this day (1 to 28, so that every month has it) at this time of day (UTC). */
    static Schedule monthly(int dayOfMonth, LocalTime at) {
        if (dayOfMonth < 1 || dayOfMonth > 28) {
            throw new IllegalArgumentException("A monthly job runs on day 1 to 28, not " + dayOfMonth);
        }
        return now -> {
            LocalDate day = now.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(dayOfMonth);
            ZonedDateTime thisMonth = day.atTime(at).atZone(ZoneOffset.UTC);
            return (thisMonth.toInstant().isAfter(now) ? thisMonth.minusMonths(1) : thisMonth).toInstant();
        };
    }
}
