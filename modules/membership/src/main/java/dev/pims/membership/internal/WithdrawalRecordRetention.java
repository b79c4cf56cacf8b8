package dev.pims.membership.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.domain.Members;
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
 * Policy §4B: records of withdrawals (of the contract) are kept five years after the withdrawal (Act on Consumer
 * Protection in Electronic Commerce), then destroyed.
 */
@ApplicationScoped
class WithdrawalRecordRetention extends FixedPeriodRule {

    static final String NAME = "membership.withdrawal-records";

    @Inject
    private Members members;

    WithdrawalRecordRetention() {
        super(
                NAME,
                Period.ofYears(5),
                Store.OPERATIONAL,
                List.of(JpaMembers.WITHDRAWAL_RECORDS.table()),
                "dev.pims.membership.retention");
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return members.countWithdrawalRecordsBefore(threshold);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.DESTROY, categories = DataCategory.ACCOUNT)
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        return members.destroyWithdrawalRecordsBefore(threshold, max);
    }
}
