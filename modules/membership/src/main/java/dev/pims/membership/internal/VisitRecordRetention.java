package dev.pims.membership.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.domain.VisitRecords;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RetentionRule;
import dev.pims.retention.RuleText;
import dev.pims.shared.DataCategory;
import dev.pims.store.StoreSchema.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Locale;

/**
 * Policy §4B: records of visits are kept three months after the visit (Protection of Communications Secrets Act),
 * then destroyed.
 */
@ApplicationScoped
class VisitRecordRetention implements RetentionRule {

    static final String NAME = "membership.visit-records";

    @Inject
    private VisitRecords visits;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Period period() {
        return Period.ofMonths(3);
    }

    @Override
    public Store store() {
        return Store.OPERATIONAL;
    }

    @Override
    public List<String> tables() {
        return List.of(JpaVisitRecords.VISIT_RECORDS.table());
    }

    @Override
    public RuleText text(Locale locale) {
        return RuleText.fromBundle(getClass(), "dev.pims.membership.retention", NAME, locale);
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return visits.countBefore(threshold);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.DESTROY, categories = DataCategory.VISIT_RECORD)
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        return visits.destroyBefore(threshold, max);
    }
}
