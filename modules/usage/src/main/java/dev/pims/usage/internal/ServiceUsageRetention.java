package dev.pims.usage.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RetentionRule;
import dev.pims.retention.RuleText;
import dev.pims.shared.DataCategory;
import dev.pims.store.StoreSchema.Store;
import dev.pims.usage.domain.ServiceUsageRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Locale;

/**
 * Policy §4A: service-usage records are kept five years from the use, to improve AI image recognition, search and
 * recommendation algorithms (internal policy), then destroyed.
 */
@ApplicationScoped
class ServiceUsageRetention implements RetentionRule {

    static final String NAME = "usage.service-usage-records";

    @Inject
    private ServiceUsageRecords records;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Period period() {
        return Period.ofYears(5);
    }

    @Override
    public Store store() {
        return Store.OPERATIONAL;
    }

    @Override
    public List<String> tables() {
        return List.of(JdbcServiceUsageRecords.SERVICE_USAGE_RECORDS.table());
    }

    @Override
    public RuleText text(Locale locale) {
        return RuleText.fromBundle(getClass(), "dev.pims.usage.retention", NAME, locale);
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
