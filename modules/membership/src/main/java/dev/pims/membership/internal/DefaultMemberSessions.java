package dev.pims.membership.internal;

import dev.pims.membership.MemberSessions;
import dev.pims.membership.domain.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The account's session generation alone, read by the repository without loading the account. */
@ApplicationScoped
class DefaultMemberSessions implements MemberSessions {

    @Inject
    private Members members;

    @Override
    public int generationOf(long memberId) {
        return members.sessionGenerationOf(memberId).orElse(-1);
    }
}
