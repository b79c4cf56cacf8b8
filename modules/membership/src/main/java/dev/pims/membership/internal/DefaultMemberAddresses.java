package dev.pims.membership.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.MemberAddresses;
import dev.pims.membership.domain.MemberStatus;
import dev.pims.membership.domain.Members;
import dev.pims.shared.DataCategory;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;

/**
 * Active members' addresses, read by id in a walk or for the ids a job's chunk holds. The audit road lets PIMS through; this bean refuses every call that arrives
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
        refuseHttpRequests();
        return new Chunk(members.activeAfter(afterId, max).stream()
                .map(member -> new Addressee(member.id(), member.email(), member.language()))
                .toList());
    }

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.ACCOUNT)
    public Chunk activeAmong(Collection<Long> memberIds) {
        refuseHttpRequests();
        return new Chunk(members.accounts(memberIds).stream()
                .filter(account -> account.getStatus() == MemberStatus.ACTIVE)
                .map(account -> new Addressee(account.getId(), account.getEmail(), account.getLanguage()))
                .toList());
    }

    private void refuseHttpRequests() {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Members' addresses are read for PIMS's own mails only.");
        }
    }
}
