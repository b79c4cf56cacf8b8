package dev.pims.dormancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class NoticeSettingsTest {

    private static final NoticeSettings THIRTY_DAYS = new NoticeSettings(Duration.ofDays(30), 500);
    private static final LocalDateTime RUN = LocalDateTime.of(2026, 3, 1, 0, 30);

    @Test
    void aRunTellsTheMembersWhoBecomeDormantWithinTheNoticePeriod() {
        assertThat(THIRTY_DAYS.dormantBefore(RUN)).isEqualTo(LocalDateTime.of(2026, 3, 31, 0, 30));
    }

    @Test
    void aNoticeAnnouncesTheDormancyDateWhileItIsAhead() {
        LocalDateTime inTwentyFiveDays = RUN.plusDays(25);

        assertThat(THIRTY_DAYS.announced(inTwentyFiveDays, RUN)).isEqualTo(inTwentyFiveDays);
    }

    @Test
    void aMemberWhoseDateHasPassedUntoldIsGivenTheFullNoticePeriodFromNow() {
        assertThat(THIRTY_DAYS.announced(RUN.minusMonths(1), RUN)).isEqualTo(RUN.plusDays(30));
        assertThat(THIRTY_DAYS.announced(RUN, RUN)).isEqualTo(RUN.plusDays(30));
    }

    @Test
    void aNoticePeriodOrChunkOfNothingIsRefused() {
        assertThatThrownBy(() -> new NoticeSettings(Duration.ZERO, 500))
                .hasMessageContaining("pims.dormancy.notice-days");
        assertThatThrownBy(() -> new NoticeSettings(Duration.ofDays(30), 0))
                .hasMessageContaining("pims.dormancy.chunk-size");
    }
}
