package dev.pims.dormancy.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingMember;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.dormancy.MyDormancyNotice;
import dev.pims.dormancy.MyDormancyNotices;
import dev.pims.dormancy.domain.NoticeRecords;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A member's own dormancy notices: the member comes from the security context, never from the page. A notice record
 * holds a member id and a hash of the address, account information, so reading it is a VIEW of ACCOUNT; the audit
 * road checks the MEMBER role.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.MEMBER_ROLE)
public class DefaultMyDormancyNotices implements MyDormancyNotices {

    @Inject
    private NoticeRecords records;

    @Inject
    private CallingMember caller;

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.ACCOUNT, roles = Principals.MEMBER_ROLE)
    public List<MyDormancyNotice> viewMine() {
        return records.ofMember(caller.id()).stream()
                .map(notice -> new MyDormancyNotice(
                        notice.noticedAt(),
                        notice.idleSince(),
                        notice.dormantFrom(),
                        notice.addressHash(),
                        notice.outcome().name()))
                .toList();
    }
}
