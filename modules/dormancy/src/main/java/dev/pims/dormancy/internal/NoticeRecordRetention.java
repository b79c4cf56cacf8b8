package dev.pims.dormancy.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.dormancy.domain.NoticeRecords;
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
 * The records of dormancy notices are kept three years from the notice, as proof that a member was told before the
 * account became dormant (policy §4C), then destroyed. A record holds a member id and a hash of the address, account
 * information, so the destruction is an access record of that category.
 */
@ApplicationScoped
class NoticeRecordRetention extends FixedPeriodRule {

    static final String NAME = "dormancy.notice-records";

    @Inject
    private NoticeRecords records;

    NoticeRecordRetention() {
        super(
                NAME,
                Period.ofYears(3),
                Store.OPERATIONAL,
                List.of(JdbcNoticeRecords.NOTICE_RECORDS.table()),
                "dev.pims.dormancy.retention");
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return records.countBefore(threshold);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.DESTROY, categories = DataCategory.ACCOUNT)
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        return records.destroyBefore(threshold, max);
    }
}
