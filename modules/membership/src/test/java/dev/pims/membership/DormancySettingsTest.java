package dev.pims.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DormancySettingsTest {

    private static final DormancySettings A_YEAR = new DormancySettings(Duration.ofDays(365));
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 0, 30);

    @Test
    void aMemberLastActiveBeforeTheIdleYearBeforeATimeBecomesDormantBeforeIt() {
        LocalDateTime dormantBefore = NOW.plusDays(30);
        LocalDateTime idleSinceBefore = A_YEAR.idleSinceBefore(dormantBefore);

        assertThat(idleSinceBefore).isEqualTo(LocalDateTime.of(2025, 3, 31, 0, 30));
        assertThat(A_YEAR.dormantFrom(idleSinceBefore.minusSeconds(1), null)).isBefore(dormantBefore);
        assertThat(A_YEAR.dormantFrom(idleSinceBefore, null)).isEqualTo(dormantBefore);
    }

    @Test
    void anAgreementToStayActiveMovesTheDormancyDateToItsEndButNeverEarlier() {
        LocalDateTime lastActive = NOW.minusDays(340);

        assertThat(A_YEAR.dormantFrom(lastActive, null)).isEqualTo(NOW.plusDays(25));
        assertThat(A_YEAR.dormantFrom(lastActive, NOW.plusYears(3))).isEqualTo(NOW.plusYears(3));
        assertThat(A_YEAR.dormantFrom(lastActive, NOW.minusDays(1))).isEqualTo(NOW.plusDays(25));
    }
}
