package dev.pims.deidentification.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.deidentification.DatasetReport;
import dev.pims.deidentification.domain.Datasets;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.FixedPeriodRule;
import dev.pims.shared.DataCategory;
import dev.pims.store.StoreSchema.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Policy §3D, §6: a de-identified dataset (its rows and its pseudonym key) is destroyed one year after it was built —
 * long enough for one round of improving the models it was built for, and no pseudonym key outlives it. Its report
 * stays as the record of the processing.
 */
@ApplicationScoped
class DatasetRetention extends FixedPeriodRule {

    static final String NAME = "deidentification.datasets";

    /** Who the destruction is recorded as on the report. */
    static final String DESTROYED_BY = "retention";

    @Inject
    private Datasets datasets;

    @Inject
    private DatasetDestruction destruction;

    @Inject
    private Clock clock;

    DatasetRetention() {
        super(
                NAME,
                Period.ofYears(1),
                Store.OPERATIONAL,
                List.of("DEID_DATASET_ROW", "DEID_DATASET"),
                "dev.pims.deidentification.retention");
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return datasets.countBuiltBefore(threshold);
    }

    /** Each dataset is one record here, however many rows it had; the rows name no member, so neither does the record. */
    @Override
    @PersonalDataAccess(
            task = AccessTask.DESTROY,
            categories = {DataCategory.SERVICE_USAGE, DataCategory.BASIC_PROFILE})
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        List<DatasetReport> due = datasets.builtBefore(threshold, max);
        if (due.isEmpty()) {
            return DestroyedRecords.none(NAME);
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        due.forEach(report -> destruction.destroy(report.id(), DESTROYED_BY, now));
        return new DestroyedRecords(
                NAME, due.size(), due.getFirst().builtAt(), due.getLast().builtAt(), List.of());
    }
}
