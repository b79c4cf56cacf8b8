package dev.pims.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * When a job is due, as the latest scheduled time at or before a moment; the scheduled times of an interval follow
 * from it. Times are in UTC, like every time PIMS stores.
 */
@FunctionalInterface
public interface Schedule {

    /** The latest scheduled time at or before {@code now}. */
    Instant latestAtOrBefore(Instant now);

    /**
     * Every scheduled time after {@code after} and at or before {@code upTo}, oldest first: the runs a downtime
     * between the two missed.
     */
    default List<Instant> scheduledBetween(Instant after, Instant upTo) {
        List<Instant> times = new ArrayList<>();
        Instant time = latestAtOrBefore(upTo);
        while (time.isAfter(after)) {
            times.add(time);
            time = latestAtOrBefore(time.minusNanos(1));
        }
        Collections.reverse(times);
        return times;
    }

    /** Every day at this time of day (UTC). */
    static Schedule daily(LocalTime at) {
        return now -> {
            ZonedDateTime today =
                    now.atZone(ZoneOffset.UTC).toLocalDate().atTime(at).atZone(ZoneOffset.UTC);
            return (today.toInstant().isAfter(now) ? today.minusDays(1) : today).toInstant();
        };
    }

    /**
     * Every {@code minutes} minutes, counted from the epoch (so at :00 of every hour when 60 is a multiple), for a sweep
     * that picks up whatever is due at the moment it runs.
     */
    static Schedule everyMinutes(int minutes) {
        if (minutes < 1 || minutes > 1_440) {
            throw new IllegalArgumentException("A job runs every 1 to 1440 minutes, not every " + minutes);
        }
        long seconds = minutes * 60L;
        return now -> Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds);
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
