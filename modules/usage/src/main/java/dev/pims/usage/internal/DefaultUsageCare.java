package dev.pims.usage.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingStaff;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import dev.pims.usage.UsageCare;
import dev.pims.usage.UsageEntry;
import dev.pims.usage.domain.ServiceUsageRecord;
import dev.pims.usage.domain.ServiceUsageRecords;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A handler's view of a member's latest uses, masked (policy §7B). The audit road checks the HANDLER role and this
 * bean the SERVICE_USAGE scope, so that a refusal is recorded too; the container lets every caller through.
 */
@Stateless
@PermitAll
@DeclareRoles({Principals.HANDLER_ROLE, "SCOPE_SERVICE_USAGE"})
public class DefaultUsageCare implements UsageCare {

    @Inject
    private ServiceUsageRecords records;

    @Inject
    private CallingStaff caller;

    @Override
    @PersonalDataAccess(
            task = AccessTask.VIEW,
            categories = DataCategory.SERVICE_USAGE,
            roles = Principals.HANDLER_ROLE)
    public List<UsageEntry> latestOf(@DataSubject long memberId) {
        if (!caller.mayReach(DataCategory.SERVICE_USAGE)) {
            throw new AccessDeniedException("The caller is not granted the category " + DataCategory.SERVICE_USAGE);
        }
        return records.newestOf(memberId, 0, LATEST).stream()
                .map(ServiceUsageRecord::toMaskedEntry)
                .toList();
    }
}
