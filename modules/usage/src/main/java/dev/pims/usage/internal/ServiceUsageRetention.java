package dev.pims.usage.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.FixedPeriodRule;
import dev.pims.shared.DataCategory;
import dev.pims.store.StoreSchema.Store;
import dev.pims.usage.domain.ServiceUsageRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;

/**
 * Policy §4A: service-usage records are kept five years from the use, to improve AI image recognition, search and
 * recommendation algorithms (internal policy), then destroyed.
 */
@ApplicationScoped
class ServiceUsageRetention extends FixedPeriodRule {

    static final String NAME = "usage.service-usage-records";

    @Inject
    private ServiceUsageRecords records;

    ServiceUsageRetention() {
        super(
                NAME,
                Period.ofYears(5),
                Store.OPERATIONAL,
                List.of(JdbcServiceUsageRecords.SERVICE_USAGE_RECORDS.table()),
                "dev.pims.usage.retention");
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return records.countBefore(threshold);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.DESTROY, categories = DataCategory.SERVICE_USAGE)
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        return records.destroyBefore(threshold, max);
    }
}
