package dev.pims.marketing.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.marketing.domain.ReconfirmationRecords;
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
 * Policy §1D: the marketing notice records are kept three years from the notice. A notice opens a two-year cycle,
 * at whose end the next one is due; the record is the proof of the notice of that cycle (Network Act Art. 50(8)),
 * so it must outlast the cycle, and one more year answers a complaint about it, as dormancy keeps its notices. A
 * record holds a member id and a hash of the address, account information, so the destruction is an access record
 * of that category.
 */
@ApplicationScoped
class ReconfirmationRecordRetention extends FixedPeriodRule {

    static final String NAME = "marketing.reconfirmation-records";

    @Inject
    private ReconfirmationRecords records;

    ReconfirmationRecordRetention() {
        super(
                NAME,
                Period.ofYears(3),
                Store.OPERATIONAL,
                List.of(JdbcReconfirmationRecords.NOTICE_RECORDS.table()),
                "dev.pims.marketing.retention");
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
