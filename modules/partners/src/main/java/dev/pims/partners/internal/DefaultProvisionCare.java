package dev.pims.partners.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingStaff;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.partners.CaredProvision;
import dev.pims.partners.ProvisionCare;
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
 * A handler's view of a member's provisions (policy §3, §7B). The audit road checks the HANDLER role and this bean the
 * PROVISION scope, so that a refusal is recorded too; the container lets every caller through. Withheld provisions are
 * left out by the member's own rule ({@link dev.pims.partners.ProvisionView#toldAt}), before the bound, so that they
 * never take the place of one the handler may see.
 */
@Stateless
@PermitAll
@DeclareRoles({Principals.HANDLER_ROLE, "SCOPE_PROVISION"})
public class DefaultProvisionCare implements ProvisionCare {

    @Inject
    private ProvisionRecords records;

    @Inject
    private CallingStaff caller;

    @Inject
    private PartnersClock clock;

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.PROVISION, roles = Principals.HANDLER_ROLE)
    public List<CaredProvision> latestOf(@DataSubject long memberId) {
        if (!caller.mayReach(DataCategory.PROVISION)) {
            throw new AccessDeniedException("The caller is not granted the category " + DataCategory.PROVISION);
        }
        LocalDateTime now = clock.now();
        return records.ofMember(memberId).stream()
                .map(ProvisionRecord::toView)
                .filter(provision -> provision.toldAt(now))
                .limit(LATEST)
                .map(CaredProvision::of)
                .toList();
    }
}
