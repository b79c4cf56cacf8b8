package dev.pims.notices.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.notices.domain.TransferDeliveries;
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
 * The records of members mailed about a business transfer are kept three years from the mail, as proof that each
 * member was told (policy §10), then destroyed. A record holds a member id and the time, account information, so the
 * destruction is an access record of that category (as the dormancy notices' records).
 */
@ApplicationScoped
class TransferDeliveryRetention extends FixedPeriodRule {

    static final String NAME = "notices.transfer-deliveries";

    @Inject
    private TransferDeliveries deliveries;

    TransferDeliveryRetention() {
        super(
                NAME,
                Period.ofYears(3),
                Store.OPERATIONAL,
                List.of(JdbcTransferDeliveries.DELIVERIES.table()),
                "dev.pims.notices.retention");
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return deliveries.countBefore(threshold);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.DESTROY, categories = DataCategory.ACCOUNT)
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        return deliveries.destroyBefore(threshold, max);
    }
}
