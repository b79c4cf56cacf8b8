package dev.pims.usage.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingMember;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import dev.pims.usage.MyUsage;
import dev.pims.usage.UsageEntry;
import dev.pims.usage.UsagePage;
import dev.pims.usage.domain.ServiceUsageRecord;
import dev.pims.usage.domain.ServiceUsageRecords;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The audit road checks the MEMBER role, so the container lets every caller through to it. */
@Stateless
@PermitAll
@DeclareRoles(Principals.MEMBER_ROLE)
public class DefaultMyUsage implements MyUsage {

    @Inject
    private ServiceUsageRecords records;

    @Inject
    private CallingMember caller;

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.SERVICE_USAGE, roles = Principals.MEMBER_ROLE)
    public UsagePage viewMyUsage(int page) {
        // One row more than a page tells whether an older page follows, without counting the member's records.
        List<ServiceUsageRecord> found = records.newestOf(caller.id(), page * PAGE_SIZE, PAGE_SIZE + 1);
        return new UsagePage(
                found.stream().limit(PAGE_SIZE).map(ServiceUsageRecord::toEntry).toList(),
                page,
                found.size() > PAGE_SIZE);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.SERVICE_USAGE, roles = Principals.MEMBER_ROLE)
    public List<UsageEntry> viewAllMyUsage() {
        return records.newestOf(caller.id(), 0, Integer.MAX_VALUE).stream()
                .map(ServiceUsageRecord::toEntry)
                .toList();
    }
}
