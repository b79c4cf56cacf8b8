package dev.pims.dormancy;

import dev.pims.membership.MemberStanding;
import java.util.List;

/**
 * How many members stand where on the way to dormancy (policy §4C), at one time: numbers only, naming nobody.
 *
 * @param members                 the members of each standing (waiting for verification, active)
 * @param inNoticePeriod          active members whose dormancy date is within the notice period: told, or told by the
 *                                next run
 * @param pastTheirDate           active members whose dormancy date has passed, waiting to be kept apart
 * @param noticesDueWithin7Days   members whose notice comes due within the next 7 days (not due yet)
 * @param noticesDueWithin30Days  members whose notice comes due within the next 30 days (not due yet)
 * @param noticesSentLast30Days   notices that went in the last 30 days
 */
public record DormancyCounts(
        List<Standing> members,
        long inNoticePeriod,
        long pastTheirDate,
        long noticesDueWithin7Days,
        long noticesDueWithin30Days,
        long noticesSentLast30Days) {

    public DormancyCounts {
        members = List.copyOf(members);
    }

    /** How many members have one standing. */
    public record Standing(MemberStanding standing, long members) {}
}
