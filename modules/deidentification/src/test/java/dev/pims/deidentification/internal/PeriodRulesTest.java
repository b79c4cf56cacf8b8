package dev.pims.deidentification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aPeriodRunsForwardsEndsByTodayAndSpansAtMostAYear() {
        assertThat(DefaultDeidentifiedDatasets.periodIsValid(TODAY.minusDays(30), TODAY, TODAY))
                .isTrue();
        assertThat(DefaultDeidentifiedDatasets.periodIsValid(TODAY, TODAY, TODAY))
                .isTrue();
        assertThat(DefaultDeidentifiedDatasets.periodIsValid(TODAY.minusDays(365), TODAY, TODAY))
                .isTrue();
        assertThat(DefaultDeidentifiedDatasets.periodIsValid(TODAY.minusDays(366), TODAY, TODAY))
                .isFalse();
        assertThat(DefaultDeidentifiedDatasets.periodIsValid(TODAY, TODAY.minusDays(1), TODAY))
                .isFalse();
        assertThat(DefaultDeidentifiedDatasets.periodIsValid(TODAY, TODAY.plusDays(1), TODAY))
                .isFalse();
    }
}
