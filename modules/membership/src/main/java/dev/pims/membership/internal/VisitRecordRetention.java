package dev.pims.membership.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.domain.VisitRecords;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.FixedPeriodRule;
import dev.pims.shared.DataCategory;
import dev.pims.store.StoreSchema.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;

/**
 * Policy §4B: records of visits are kept three months after the visit (Protection of Communications Secrets Act),
 * then destroyed.
 */
@ApplicationScoped
class VisitRecordRetention extends FixedPeriodRule {

    static final String NAME = "membership.visit-records";

    @Inject
    private VisitRecords visits;

    VisitRecordRetention() {
        super(
                NAME,
                Period.ofMonths(3),
                Store.OPERATIONAL,
                List.of(JpaVisitRecords.VISIT_RECORDS.table()),
                "dev.pims.membership.retention");
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
