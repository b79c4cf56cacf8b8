package dev.pims.dormancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.dormancy.DormancyCounts;
import dev.pims.membership.MemberStanding;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeOutlookTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 12, 0);
    private static final NoticeOutlook THIRTY_DAYS_AHEAD = new NoticeOutlook(NOW, Duration.ofDays(30));
    private static final Map<MemberStanding, Long> STANDINGS =
            new EnumMap<>(Map.of(MemberStanding.PENDING_VERIFICATION, 3L, MemberStanding.ACTIVE, 40L));

    /** Members by their dormancy dates, in days from now. */
    private static long dormantBefore(LocalDateTime threshold, List<Integer> daysFromNow) {
        return daysFromNow.stream()
                .filter(days -> NOW.plusDays(days).isBefore(threshold))
                .count();
    }

    @Test
    void eachMemberIsCountedInTheWindowItsDormancyDateFallsIn() {
        // Past their date (-3); in the notice period (0, 29); due within 7 days (30, 36); within 30 (37, 59); later
        // (60).
        List<Integer> dates = List.of(-3, 0, 29, 30, 36, 37, 59, 60);

        DormancyCounts counts =
                THIRTY_DAYS_AHEAD.count(STANDINGS, threshold -> dormantBefore(threshold, dates), since -> 0);

        assertThat(counts.pastTheirDate()).isEqualTo(1);
        assertThat(counts.inNoticePeriod()).isEqualTo(2);
        assertThat(counts.noticesDueWithin7Days()).isEqualTo(2);
        assertThat(counts.noticesDueWithin30Days()).isEqualTo(4);
    }

    @Test
    void theNoticesSentAreCountedFromThirtyDaysAgo() {
        DormancyCounts counts =
                THIRTY_DAYS_AHEAD.count(STANDINGS, threshold -> 0, since -> since.equals(NOW.minusDays(30)) ? 5 : -1);

        assertThat(counts.noticesSentLast30Days()).isEqualTo(5);
    }

    @Test
    void theStandingsAreListedInTheirOrderWithTheirCounts() {
        DormancyCounts counts = THIRTY_DAYS_AHEAD.count(STANDINGS, threshold -> 0, since -> 0);

        assertThat(counts.members())
                .containsExactly(
                        new DormancyCounts.Standing(MemberStanding.PENDING_VERIFICATION, 3),
                        new DormancyCounts.Standing(MemberStanding.ACTIVE, 40));
    }

    @Test
    void aMemberWhoLeftAWindowBetweenTwoCountsMakesNoCountNegative() {
        // Each count runs on its own: later ones see fewer members, as if they logged in meanwhile.
        long[] shrinking = {10};
        DormancyCounts counts = THIRTY_DAYS_AHEAD.count(STANDINGS, threshold -> shrinking[0]--, since -> 0);

        assertThat(counts.inNoticePeriod()).isZero();
        assertThat(counts.noticesDueWithin7Days()).isZero();
        assertThat(counts.noticesDueWithin30Days()).isZero();
    }
}
