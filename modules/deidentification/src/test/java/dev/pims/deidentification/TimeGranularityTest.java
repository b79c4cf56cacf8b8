package dev.pims.deidentification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeGranularityTest {

    @Test
    void aDayIsToldByItsDayWeekOrMonth() {
        LocalDate day = LocalDate.of(2026, 12, 6);
        assertThat(TimeGranularity.DAY.periodOf(day)).isEqualTo("2026-12-06");
        assertThat(TimeGranularity.WEEK.periodOf(day)).isEqualTo("2026-W49");
        assertThat(TimeGranularity.MONTH.periodOf(day)).isEqualTo("2026-12");
    }

    @Test
    void theIsoWeekOfNewYearsDayMayBeTheLastYears() {
        assertThat(TimeGranularity.WEEK.periodOf(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    }
}
