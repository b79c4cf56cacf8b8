package dev.pims.consent.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.consent.domain.ConsentRecords;
import dev.pims.membership.MemberWithdrew;
import dev.pims.membership.SignUpLapsed;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.FixedPeriodRule;
import dev.pims.shared.DataCategory;
import dev.pims.store.StoreSchema.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;

/**
 * Policy §4B: the consent records of a withdrawn member are records of the contract, kept five years after the
 * membership ended (Act on Consumer Protection in Electronic Commerce), then destroyed. The end of each membership is
 * noted in this module, in the withdrawal's transaction, so that the rule does not depend on the withdrawal records
 * that another rule destroys at the same age.
 */
@ApplicationScoped
class ConsentRecordRetention extends FixedPeriodRule {

    static final String NAME = "consent.consent-records";

    @Inject
    private ConsentRecords records;

    ConsentRecordRetention() {
        super(
                NAME,
                Period.ofYears(5),
                Store.OPERATIONAL,
                List.of("CONSENT_RECORD", "CONSENT_MEMBERSHIP_ENDED"),
                "dev.pims.consent.retention");
    }

    void noteTheEnd(@Observes MemberWithdrew withdrawal) {
        records.membershipEnded(withdrawal.memberId(), withdrawal.withdrawnAt());
    }

    /** A sign-up never verified ends too: its consents are kept as long as those of a membership that ended. */
    void noteTheEnd(@Observes SignUpLapsed lapse) {
        records.membershipEnded(lapse.memberId(), lapse.lapsedAt());
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return records.countOfMembershipsEndedBefore(threshold);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.DESTROY, categories = DataCategory.CONSENT)
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        return records.destroyOfMembershipsEndedBefore(threshold, max);
    }
}
