package dev.pims.usage.internal;

import dev.pims.membership.MemberStanding;
import dev.pims.membership.MemberStandings;
import dev.pims.usage.UsageEvent;
import dev.pims.usage.UsageRefusal;
import dev.pims.usage.domain.ServiceUsageRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes a use, for the real and the synthetic recording alike: only of a member who is there and active, asked of the
 * membership module inside the caller's audited call.
 */
@ApplicationScoped
class UsageBook {

    @Inject
    private ServiceUsageRecords records;

    @Inject
    private MemberStandings standings;

    @Inject
    private Clock clock;

    void write(long memberId, UsageEvent event, LocalDateTime at) {
        MemberStanding standing = standings.of(memberId);
        if (standing == MemberStanding.UNKNOWN) {
            throw new UsageRefusal(UsageRefusal.Reason.NO_SUCH_MEMBER);
        }
        if (standing != MemberStanding.ACTIVE) {
            throw new UsageRefusal(UsageRefusal.Reason.MEMBER_NOT_ACTIVE);
        }
        records.add(memberId, at, event.kind(), event.detail());
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
