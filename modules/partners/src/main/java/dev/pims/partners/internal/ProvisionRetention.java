package dev.pims.partners.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.partners.domain.ProvisionRecords;
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
 * Provision records are kept five years from the provision, then destroyed. The policy names no period for them (§4
 * lists none), so the longest that fits: a provision to a partner rests on a consent whose records are kept with the
 * records of contracts, five years (§4B, Act on Consumer Protection in Electronic Commerce), and the member's right to
 * know who received their data (§5) should last as long as the proof that they allowed it; a provision to an
 * authority is kept as long, so the member can still be told once telling is allowed.
 */
@ApplicationScoped
class ProvisionRetention extends FixedPeriodRule {

    static final String NAME = "partners.provision-records";

    @Inject
    private ProvisionRecords records;

    ProvisionRetention() {
        super(
                NAME,
                Period.ofYears(5),
                Store.OPERATIONAL,
                List.of(JpaProvisionRecords.PROVISIONS.table()),
                "dev.pims.partners.retention");
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return records.countProvidedBefore(threshold);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.DESTROY, categories = DataCategory.PROVISION)
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        return records.destroyProvidedBefore(threshold, max);
    }
}
