package dev.pims.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.jobs.JobOutcome;
import dev.pims.jobs.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the runner claims and what it runs again, from a job's schedule, its ledger rows and now. */
class DueRunsTest {

    private static final Schedule MIDNIGHT = Schedule.daily(LocalTime.MIDNIGHT);
    private static final Instant NOW = Instant.parse("2026-05-13T17:00:00Z");
    private static final LocalDateTime LOCAL_NOW = LocalDateTime.parse("2026-05-13T17:00:00");

    @Test
    void aJobWithoutLedgerEntriesStartsWithTheLatestDueTimeOnly() {
        DueRuns.CatchUp due = DueRuns.missed(MIDNIGHT, Optional.empty(), NOW, 366);
        assertThat(due.toClaim()).containsExactly(Instant.parse("2026-05-13T00:00:00Z"));
        assertThat(due.remaining()).isZero();
    }

    @Test
    void everyTimeMissedSinceTheLatestEntryIsDueOldestFirst() {
        DueRuns.CatchUp due = DueRuns.missed(MIDNIGHT, Optional.of(Instant.parse("2026-05-10T00:00:00Z")), NOW, 366);
        assertThat(due.toClaim())
                .containsExactly(
                        Instant.parse("2026-05-11T00:00:00Z"),
                        Instant.parse("2026-05-12T00:00:00Z"),
                        Instant.parse("2026-05-13T00:00:00Z"));
        assertThat(DueRuns.missed(MIDNIGHT, Optional.of(Instant.parse("2026-05-13T00:00:00Z")), NOW, 366)
                        .toClaim())
                .as("the latest due time has its entry")
                .isEmpty();
        assertThat(DueRuns.missed(MIDNIGHT, Optional.of(Instant.parse("2026-05-14T00:00:00Z")), NOW, 366)
                        .toClaim())
                .as("an entry later than now (the clock went back)")
                .isEmpty();
    }

    @Test
    void aPassCatchesUpAtMostItsLimitTheOldestAndCountsTheRest() {
        DueRuns.CatchUp due = DueRuns.missed(MIDNIGHT, Optional.of(NOW.minus(Duration.ofDays(400))), NOW, 366);
        assertThat(due.toClaim()).hasSize(366).isSorted();
        assertThat(due.toClaim().get(0)).isEqualTo(Instant.parse("2025-04-09T00:00:00Z"));
        assertThat(due.remaining()).isEqualTo(34);
    }

    @Test
    void aSweepCatchesUpOnlyItsLatestMissedTimeAfterADowntime() {
        Schedule everyMinute = Schedule.everyMinutes(1);
        Instant now = Instant.parse("2026-05-13T17:00:30Z");
        DueRuns.CatchUp afterADay =
                DueRuns.latestOnly(everyMinute, Optional.of(Instant.parse("2026-05-12T17:00:00Z")), now);
        assertThat(afterADay.toClaim())
                .as("1 440 missed minutes, one run")
                .containsExactly(Instant.parse("2026-05-13T17:00:00Z"));
        assertThat(afterADay.remaining()).isZero();
        assertThat(DueRuns.latestOnly(everyMinute, Optional.empty(), now).toClaim())
                .containsExactly(Instant.parse("2026-05-13T17:00:00Z"));
        assertThat(DueRuns.latestOnly(everyMinute, Optional.of(Instant.parse("2026-05-13T17:00:00Z")), now)
                        .toClaim())
                .as("the latest time has its entry")
                .isEmpty();
        assertThat(DueRuns.latestOnly(everyMinute, Optional.of(Instant.parse("2026-05-13T17:05:00Z")), now)
                        .toClaim())
                .as("an entry later than now (the clock went back)")
                .isEmpty();
    }

    @Test
    void aFailedRunIsRetriedBelowTheMaximumOfAttempts() {
        assertThat(DueRuns.retryable(JobOutcome.FAILED, 1, null, LOCAL_NOW, 3)).isTrue();
        assertThat(DueRuns.retryable(JobOutcome.FAILED, 2, null, LOCAL_NOW, 3)).isTrue();
        assertThat(DueRuns.retryable(JobOutcome.FAILED, 3, null, LOCAL_NOW, 3))
                .as("at the maximum")
                .isFalse();
        assertThat(DueRuns.retryable(JobOutcome.SUCCEEDED, 1, null, LOCAL_NOW, 3))
                .isFalse();
    }

    @Test
    void aRunningRunIsTakenOverOnlyOnceItsLeaseHasExpired() {
        assertThat(DueRuns.retryable(JobOutcome.RUNNING, 1, LOCAL_NOW.plusSeconds(1), LOCAL_NOW, 3))
                .as("its runner holds it")
                .isFalse();
        assertThat(DueRuns.retryable(JobOutcome.RUNNING, 1, LOCAL_NOW, LOCAL_NOW, 3))
                .as("the lease ends now")
                .isFalse();
        assertThat(DueRuns.retryable(JobOutcome.RUNNING, 1, LOCAL_NOW.minusSeconds(1), LOCAL_NOW, 3))
                .isTrue();
        assertThat(DueRuns.retryable(JobOutcome.RUNNING, 1, null, LOCAL_NOW, 3))
                .as("claimed before leases existed")
                .isTrue();
        assertThat(DueRuns.retryable(JobOutcome.RUNNING, 3, LOCAL_NOW.minusSeconds(1), LOCAL_NOW, 3))
                .as("at the maximum")
                .isFalse();
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThat(JobSettings.DEFAULTS.lease()).isEqualTo(Duration.ofMinutes(5));
        assertThat(JobSettings.DEFAULTS.maxAttempts()).isEqualTo(3);
        assertThat(JobSettings.DEFAULTS.catchUpLimit()).isEqualTo(366);
        assertThatThrownBy(() -> new JobSettings(Duration.ZERO, 3, 366)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobSettings(Duration.ofMinutes(5), 0, 366))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
