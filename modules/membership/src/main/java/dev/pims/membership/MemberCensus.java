package dev.pims.membership;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * How many members there are, by standing and by when their accounts become dormant, for the privacy officer's
 * dormancy page (policy §4C: the officer sees counts only). It names no member and hands out no member's data: the
 * database counts the status and activity columns and returns numbers. So, like {@link MemberStandings}, it is off the
 * audited road, whose access record says whose data was handled, and a count handles nobody's; a page polled while a
 * job runs would otherwise write a record without a data subject on every look. The caller checks the role
 * ({@code dormancy.DormancyOverview}); {@link DormancyCandidates}, which names the members, stays audited.
 */
public interface MemberCensus {

    /** How many members have each standing a member can have ({@link MemberStanding#UNKNOWN} is none), zeros too. */
    Map<MemberStanding, Long> byStanding();

    /**
     * How many active members become dormant before {@code dormantBefore}: the members
     * {@link DormancyCandidates#dormantBefore} lists, counted.
     */
    long countDormantBefore(@NotNull LocalDateTime dormantBefore);
}
