package dev.pims.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The latest scheduled time at or before a moment is what the runner claims first; the scheduled times of an interval
 * are the runs a downtime missed.
 */
class ScheduleTest {

    @Test
    void aDailyJobIsDueTodayOnceItsTimeHasComeAndYesterdayBefore() {
        Schedule at3 = Schedule.daily(LocalTime.of(3, 0));
        assertThat(at3.latestAtOrBefore(Instant.parse("2026-05-10T02:59:59Z")))
                .isEqualTo(Instant.parse("2026-05-09T03:00:00Z"));
        assertThat(at3.latestAtOrBefore(Instant.parse("2026-05-10T03:00:00Z")))
                .isEqualTo(Instant.parse("2026-05-10T03:00:00Z"));
        assertThat(at3.latestAtOrBefore(Instant.parse("2026-05-13T17:00:00Z")))
                .as("three missed days: only the latest is due")
                .isEqualTo(Instant.parse("2026-05-13T03:00:00Z"));
    }

    @Test
    void aMonthlyJobIsDueThisMonthOnceItsDayHasComeAndLastMonthBefore() {
        Schedule first = Schedule.monthly(1, LocalTime.of(2, 0));
        assertThat(first.latestAtOrBefore(Instant.parse("2026-03-01T01:00:00Z")))
                .isEqualTo(Instant.parse("2026-02-01T02:00:00Z"));
        assertThat(first.latestAtOrBefore(Instant.parse("2026-03-15T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-01T02:00:00Z"));
        assertThatThrownBy(() -> Schedule.monthly(31, LocalTime.NOON)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDailyTimesOfAnIntervalAreThoseAfterItsStartUpToItsEndOldestFirst() {
        Schedule at3 = Schedule.daily(LocalTime.of(3, 0));
        assertThat(at3.scheduledBetween(Instant.parse("2026-05-10T03:00:00Z"), Instant.parse("2026-05-13T03:00:00Z")))
                .as("the start excluded, the end included")
                .containsExactly(
                        Instant.parse("2026-05-11T03:00:00Z"),
                        Instant.parse("2026-05-12T03:00:00Z"),
                        Instant.parse("2026-05-13T03:00:00Z"));
        assertThat(at3.scheduledBetween(Instant.parse("2026-05-10T03:00:00Z"), Instant.parse("2026-05-11T02:59:59Z")))
                .as("nothing due yet")
                .isEmpty();
        assertThat(at3.scheduledBetween(Instant.parse("2026-05-10T02:59:59Z"), Instant.parse("2026-05-10T03:00:00Z")))
                .containsExactly(Instant.parse("2026-05-10T03:00:00Z"));
        assertThat(at3.scheduledBetween(Instant.parse("2026-05-13T00:00:00Z"), Instant.parse("2026-05-10T00:00:00Z")))
                .as("an interval that ends before it starts")
                .isEmpty();
        assertThat(at3.scheduledBetween(Instant.parse("2024-02-27T12:00:00Z"), Instant.parse("2024-03-02T12:00:00Z")))
                .as("over a leap day")
                .containsExactly(
                        Instant.parse("2024-02-28T03:00:00Z"),
                        Instant.parse("2024-02-29T03:00:00Z"),
                        Instant.parse("2024-03-01T03:00:00Z"),
                        Instant.parse("2024-03-02T03:00:00Z"));
        assertThat(at3.scheduledBetween(Instant.parse("2024-05-10T04:00:00Z"), Instant.parse("2026-05-10T04:00:00Z")))
                .as("two years of days, one a day")
                .hasSize(730)
                .isSorted();
    }

    @Test
    void theMonthlyTimesOfAnIntervalCrossMonthAndYearEnds() {
        Schedule on28 = Schedule.monthly(28, LocalTime.of(23, 30));
        List<Instant> times =
                on28.scheduledBetween(Instant.parse("2025-10-28T23:30:00Z"), Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(times)
                .containsExactly(
                        Instant.parse("2025-11-28T23:30:00Z"),
                        Instant.parse("2025-12-28T23:30:00Z"),
                        Instant.parse("2026-01-28T23:30:00Z"),
                        Instant.parse("2026-02-28T23:30:00Z"));
        Schedule first = Schedule.monthly(1, LocalTime.of(2, 0));
        assertThat(first.scheduledBetween(Instant.parse("2025-12-01T01:59:59Z"), Instant.parse("2026-01-01T02:00:00Z")))
                .as("both ends on a scheduled time's edge")
                .containsExactly(Instant.parse("2025-12-01T02:00:00Z"), Instant.parse("2026-01-01T02:00:00Z"));
        assertThat(first.scheduledBetween(Instant.parse("2026-01-01T02:00:00Z"), Instant.parse("2026-01-31T23:59:59Z")))
                .isEmpty();
    }

    @Test
    void aMinuteWiseJobIsDueAtTheStartOfTheLatestOfItsIntervals() {
        Schedule everyMinute = Schedule.everyMinutes(1);
        assertThat(everyMinute.latestAtOrBefore(Instant.parse("2026-05-10T03:07:59.999Z")))
                .isEqualTo(Instant.parse("2026-05-10T03:07:00Z"));
        assertThat(everyMinute.latestAtOrBefore(Instant.parse("2026-05-10T03:07:00Z")))
                .isEqualTo(Instant.parse("2026-05-10T03:07:00Z"));
        Schedule everyFive = Schedule.everyMinutes(5);
        assertThat(everyFive.latestAtOrBefore(Instant.parse("2026-05-10T03:09:00Z")))
                .isEqualTo(Instant.parse("2026-05-10T03:05:00Z"));
        assertThat(everyFive.scheduledBetween(
                        Instant.parse("2026-05-10T23:55:00Z"), Instant.parse("2026-05-11T00:10:00Z")))
                .as("across midnight")
                .containsExactly(
                        Instant.parse("2026-05-11T00:00:00Z"),
                        Instant.parse("2026-05-11T00:05:00Z"),
                        Instant.parse("2026-05-11T00:10:00Z"));
        assertThatThrownBy(() -> Schedule.everyMinutes(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
