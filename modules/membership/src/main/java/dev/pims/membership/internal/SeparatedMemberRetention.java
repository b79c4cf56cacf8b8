package dev.pims.membership.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.domain.SeparatedStore;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.FixedPeriodRule;
import dev.pims.shared.DataCategory;
import dev.pims.store.StoreSchema.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;

/** Policy §4B: a withdrawn member's information, kept in the separated store, is destroyed one year after withdrawal. */
@ApplicationScoped
class SeparatedMemberRetention extends FixedPeriodRule {

    static final String NAME = "membership.separated-members";

    @Inject
    private SeparatedStore separatedStore;

    SeparatedMemberRetention() {
        super(
                NAME,
                MemberDataSeparation.RETENTION_AFTER_WITHDRAWAL,
                Store.SEPARATED,
                List.of(JpaSeparatedStore.SEPARATED_MEMBERS.table()),
                "dev.pims.membership.retention");
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return separatedStore.countSeparatedBefore(threshold);
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.DESTROY,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM
            })
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        return separatedStore.destroySeparatedBefore(threshold, max);
    }
}
