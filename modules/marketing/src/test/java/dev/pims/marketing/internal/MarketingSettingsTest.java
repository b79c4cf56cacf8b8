package dev.pims.marketing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.Period;
import org.junit.jupiter.api.Test;

class MarketingSettingsTest {

    private static final MarketingSettings TWO_YEARS = new MarketingSettings(Period.ofYears(2), 500);
    private static final LocalDateTime RUN = LocalDateTime.of(2026, 12, 5, 1, 0);

    @Test
    void aCycleIsDueTwoYearsAfterItBegan() {
        assertThat(TWO_YEARS.due(RUN.minusYears(2), RUN))
                .as("two years to the minute")
                .isTrue();
        assertThat(TWO_YEARS.due(RUN.minusYears(2).minusDays(1), RUN)).isTrue();
        assertThat(TWO_YEARS.due(RUN.minusYears(2).plusMinutes(1), RUN))
                .as("a minute short")
                .isFalse();
        assertThat(TWO_YEARS.cycleBeganBy(RUN)).isEqualTo(LocalDateTime.of(2024, 12, 5, 1, 0));
    }

    @Test
    void aPeriodOrChunkOfNothingIsRefused() {
        assertThatThrownBy(() -> new MarketingSettings(Period.ZERO, 500))
                .hasMessageContaining(MarketingSettings.RECONFIRM_YEARS);
        assertThatThrownBy(() -> new MarketingSettings(Period.ofYears(2), 0))
                .hasMessageContaining(MarketingSettings.CHUNK_SIZE);
    }
}
