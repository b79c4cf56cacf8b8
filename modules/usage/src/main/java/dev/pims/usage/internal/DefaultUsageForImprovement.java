package dev.pims.usage.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import dev.pims.usage.PeriodUses;
import dev.pims.usage.UsageForImprovement;
import dev.pims.usage.domain.ServiceUsageRecord;
import dev.pims.usage.domain.ServiceUsageRecords;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * The uses of a period for the privacy officer's de-identified dataset (policy §3D), their detail left behind. The
 * audit road checks the role and writes the VIEW record, so the container lets every caller through.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.PRIVACY_OFFICER_ROLE)
public class DefaultUsageForImprovement implements UsageForImprovement {

    @Inject
    private ServiceUsageRecords records;

    @Override
    @PersonalDataAccess(
            task = AccessTask.VIEW,
            categories = DataCategory.SERVICE_USAGE,
            roles = Principals.PRIVACY_OFFICER_ROLE)
    public PeriodUses usesBetween(LocalDate firstDay, LocalDate lastDay) {
        // One use more than the most tells whether the period holds more, without counting them.
        List<ServiceUsageRecord> found =
                records.between(firstDay.atStartOfDay(), lastDay.plusDays(1).atStartOfDay(), USES_MAX + 1);
        return new PeriodUses(
                firstDay,
                lastDay,
                found.stream().limit(USES_MAX).map(ServiceUsageRecord::toUse).toList(),
                found.size() > USES_MAX);
    }
}
