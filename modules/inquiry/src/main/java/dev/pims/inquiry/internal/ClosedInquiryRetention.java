package dev.pims.inquiry.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.inquiry.domain.InquiryCases;
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
 * Policy §4: records of consumer complaints or disputes are kept three years from the closing (Act on Consumer
 * Protection in Electronic Commerce), then destroyed with their replies. An open case is never due.
 */
@ApplicationScoped
class ClosedInquiryRetention extends FixedPeriodRule {

    static final String NAME = "inquiry.closed-cases";

    @Inject
    private InquiryCases cases;

    ClosedInquiryRetention() {
        super(
                NAME,
                Period.ofYears(3),
                Store.OPERATIONAL,
                List.of(JpaInquiryCases.CLOSED_CASES.table(), "INQUIRY_CASE_REPLY"),
                "dev.pims.inquiry.retention");
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return cases.countClosedBefore(threshold);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.DESTROY, categories = DataCategory.INQUIRY)
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        return cases.destroyClosedBefore(threshold, max);
    }
}
