package dev.pims.membership.internal;

import dev.pims.membership.MemberStanding;
import dev.pims.membership.MemberStandings;
import dev.pims.membership.domain.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The account's status alone, read by the repository without loading the account. */
@ApplicationScoped
class DefaultMemberStandings implements MemberStandings {

    @Inject
    private Members members;

    @Override
    public MemberStanding of(long memberId) {
        return members.statusOf(memberId)
                .map(status -> MemberStanding.valueOf(status.name()))
                .orElse(MemberStanding.UNKNOWN);
    }
}
