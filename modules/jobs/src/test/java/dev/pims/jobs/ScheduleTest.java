package dev.pims.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The latest scheduled time at or before a moment is what the runner catches up after a restart. */
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
}
