package dev.pims.dormancy.internal;

import dev.pims.dormancy.DormancyCounts;
import dev.pims.membership.MemberStanding;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Where the page's counts of members are cut, from the time and the notice period. A member's notice comes due at
 * the dormancy date less the notice period, so the members whose notice comes due within some days are those who
 * become dormant before now plus the notice period plus those days, less those whose notice is due already. Pure, so
 * that the windows are tested without a store.
 *
 * @param now         the time counted at, UTC
 * @param noticeAhead {@code pims.dormancy.notice-days}
 */
record NoticeOutlook(LocalDateTime now, Duration noticeAhead) {

    static final Duration SOON = Duration.ofDays(7);
    static final Duration WITHIN_A_MONTH = Duration.ofDays(30);
    static final Duration SENT_WITHIN = Duration.ofDays(30);

    /**
     * @param dormantBefore how many active members become dormant before a time
     * @param noticedSince  how many notices went at or after a time
     */
    DormancyCounts count(
            Map<MemberStanding, Long> standings,
            ToLongFunction<LocalDateTime> dormantBefore,
            ToLongFunction<LocalDateTime> noticedSince) {
        long pastTheirDate = dormantBefore.applyAsLong(now);
        long noticeDue = dormantBefore.applyAsLong(now.plus(noticeAhead));
        return new DormancyCounts(
                standings.entrySet().stream()
                        .map(entry -> new DormancyCounts.Standing(entry.getKey(), entry.getValue()))
                        .toList(),
                difference(noticeDue, pastTheirDate),
                pastTheirDate,
                difference(dormantBefore.applyAsLong(now.plus(noticeAhead).plus(SOON)), noticeDue),
                difference(dormantBefore.applyAsLong(now.plus(noticeAhead).plus(WITHIN_A_MONTH)), noticeDue),
                noticedSince.applyAsLong(now.minus(SENT_WITHIN)));
    }

    /**
     * The counts are separate queries: a login between two of them moves a member out of the later window, which must
     * not make a count negative.
     */
    private static long difference(long wider, long narrower) {
        return Math.max(0, wider - narrower);
    }
}
