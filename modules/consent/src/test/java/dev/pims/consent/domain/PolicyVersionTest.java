package dev.pims.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Policy §13: the days of notice between a version's announcement and its effective date. */
class PolicyVersionTest {

    private static final LocalDateTime ANNOUNCED = LocalDateTime.of(2027, 3, 10, 23, 59);

    @Test
    void aChangeThatTakesNoRightAwayNeedsSevenDaysOfNotice() {
        PolicyVersion version = draft(false);

        assertThat(version.daysOfNoticeNeeded()).isEqualTo(7);
        assertThat(version.earliestEffectiveDayIfAnnouncedAt(ANNOUNCED)).isEqualTo(LocalDate.of(2027, 3, 17));
    }

    @Test
    void aChangeThatReducesRightsOrAddsItemsOrRecipientsNeedsThirty() {
        PolicyVersion version = draft(true);

        assertThat(version.daysOfNoticeNeeded()).isEqualTo(30);
        assertThat(version.earliestEffectiveDayIfAnnouncedAt(ANNOUNCED)).isEqualTo(LocalDate.of(2027, 4, 9));
    }

    @Test
    void aVersionIsPublishedOnceAndKeepsItsTextsWithLineFeedsAlone() {
        PolicyVersion version = draft(false);
        assertThat(version.isPublished()).isFalse();

        version.announce(ANNOUNCED, "staff:officer");

        assertThat(version.isPublished()).isTrue();
        assertThat(version.toView().textKo()).isEqualTo("1. 목적\n\n2. 보유");
        assertThatThrownBy(() -> version.announce(ANNOUNCED, "staff:officer"))
                .isInstanceOf(IllegalStateException.class);
    }

    private static PolicyVersion draft(boolean reducesRights) {
        return new PolicyVersion(
                "1. 목적\r\n\r\n2. 보유",
                "1. Purpose\r\n\r\n2. Retention",
                "요약",
                "Summary",
                LocalDate.of(2027, 5, 1),
                reducesRights,
                false,
                ANNOUNCED.minusDays(1),
                "staff:officer");
    }
}
