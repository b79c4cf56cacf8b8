package dev.pims.membership.internal;

import dev.pims.membership.DormancySettings;
import dev.pims.membership.MemberCensus;
import dev.pims.membership.MemberStanding;
import dev.pims.membership.domain.MemberStatus;
import dev.pims.membership.domain.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

/** Counts by the repository, which reads no account: numbers only, so no access record (see {@link MemberCensus}). */
@ApplicationScoped
class DefaultMemberCensus implements MemberCensus {

    @Inject
    private Members members;

    @Override
    public Map<MemberStanding, Long> byStanding() {
        return standings(members.countByStatus());
    }

    /** Each status is the standing of its name, as in {@link DefaultMemberStandings}. */
    static Map<MemberStanding, Long> standings(Map<MemberStatus, Long> byStatus) {
        Map<MemberStanding, Long> counts = new EnumMap<>(MemberStanding.class);
        byStatus.forEach((status, count) -> counts.merge(MemberStanding.valueOf(status.name()), count, Long::sum));
        return counts;
    }

    @Override
    public long countDormantBefore(LocalDateTime dormantBefore) {
        return members.countIdle(DormancySettings.fromConfig().idleSinceBefore(dormantBefore), dormantBefore);
    }
}
