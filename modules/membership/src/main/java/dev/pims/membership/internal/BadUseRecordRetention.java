package dev.pims.membership.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.domain.BadUseRecords;
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
 * Policy §4B: records of bad use are kept one year after they were recorded (internal policy: prevention of illegal or
 * bad use and of re-joining by bad users), then destroyed. A sign-up is checked against younger records only
 * ({@link BadUseCheck}), so a record waiting for the next run refuses no one.
 */
@ApplicationScoped
class BadUseRecordRetention extends FixedPeriodRule {

    static final String NAME = "membership.bad-use-records";
    static final Period PERIOD = Period.ofYears(1);

    @Inject
    private BadUseRecords records;

    BadUseRecordRetention() {
        super(
                NAME,
                PERIOD,
                Store.OPERATIONAL,
                List.of(JpaBadUseRecords.BAD_USE_RECORDS.table()),
                "dev.pims.membership.retention");
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return records.countBefore(threshold);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.DESTROY, categories = DataCategory.BAD_USE)
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        return records.destroyBefore(threshold, max);
    }
}
