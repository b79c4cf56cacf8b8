package dev.pims.partners.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingMember;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.partners.MyProvisions;
import dev.pims.partners.ProvisionView;
import dev.pims.partners.domain.ProvisionRecord;
import dev.pims.partners.domain.ProvisionRecords;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A member's own provisions (policy §3, §5): the member comes from the security context, never from the page. A
 * provision to an authority the member may not be told of (yet) is left out. The audit road checks the MEMBER role.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.MEMBER_ROLE)
public class DefaultMyProvisions implements MyProvisions {

    @Inject
    private ProvisionRecords records;

    @Inject
    private CallingMember caller;

    @Inject
    private PartnersClock clock;

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.PROVISION, roles = Principals.MEMBER_ROLE)
    public List<ProvisionView> viewMine() {
        LocalDateTime now = clock.now();
        return records.ofMember(caller.id()).stream()
                .map(ProvisionRecord::toView)
                .filter(view -> view.toldAt(now))
                .toList();
    }
}
