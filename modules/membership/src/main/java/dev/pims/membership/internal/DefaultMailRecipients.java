package dev.pims.membership.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.MailRecipients;
import dev.pims.membership.domain.MemberStatus;
import dev.pims.membership.domain.Members;
import dev.pims.shared.DataCategory;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;

/**
 * The active members' addresses, read by the ids a job's chunk holds. The audit road lets PIMS through; this bean
 * refuses every call that arrives with an HTTP request, since no person needs a list of other members' addresses.
 */
@Stateless
@PermitAll
public class DefaultMailRecipients implements MailRecipients {

    @Inject
    private Members members;

    @Inject
    private RequestOrigin origin;

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.ACCOUNT)
    public Recipients activeAmong(Collection<Long> memberIds) {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Members' addresses are listed for PIMS's own mails only.");
        }
        return new Recipients(members.accounts(memberIds).stream()
                .filter(account -> account.getStatus() == MemberStatus.ACTIVE)
                .map(account -> new Recipient(account.getId(), account.getEmail(), account.getLanguage()))
                .toList());
    }
}
