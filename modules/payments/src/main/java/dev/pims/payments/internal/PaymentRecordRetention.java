package dev.pims.payments.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.payments.domain.PaymentRecords;
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
 * Policy §4B: records of payment and of the supply of goods are kept five years (Act on Consumer Protection in
 * Electronic Commerce, Art. 6 and its decree), from the payment, whether the member stayed or withdrew, then destroyed.
 */
@ApplicationScoped
class PaymentRecordRetention extends FixedPeriodRule {

    static final String NAME = "payments.payment-records";

    @Inject
    private PaymentRecords records;

    PaymentRecordRetention() {
        super(
                NAME,
                Period.ofYears(5),
                Store.OPERATIONAL,
                List.of(JdbcPaymentRecords.PAYMENT_RECORDS.table()),
                "dev.pims.payments.retention");
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return records.countBefore(threshold);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.DESTROY, categories = DataCategory.PAYMENT)
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        return records.destroyBefore(threshold, max);
    }
}
