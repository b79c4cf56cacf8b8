package dev.pims.membership.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.MemberAddresses;
import dev.pims.membership.domain.Members;
import dev.pims.shared.DataCategory;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Active members' addresses read by id. The audit road lets PIMS through; this bean refuses every call that arrives
 * with an HTTP request, since no person needs a list of other members' addresses (as {@link DefaultDormancyCandidates}).
 */
@Stateless
@PermitAll
public class DefaultMemberAddresses implements MemberAddresses {

    @Inject
    private Members members;

    @Inject
    private RequestOrigin origin;

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.ACCOUNT)
    public Chunk activeAfter(long afterId, int max) {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Members' addresses are listed for PIMS itself only.");
        }
        return new Chunk(members.activeAfter(afterId, max).stream()
                .map(member -> new Addressee(member.id(), member.email(), member.language()))
                .toList());
    }
}
