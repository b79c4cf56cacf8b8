package dev.pims.membership.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.SignUpLapsed;
import dev.pims.membership.domain.Members;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.FixedPeriodRule;
import dev.pims.shared.DataCategory;
import dev.pims.store.StoreSchema.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * LIFECYCLE "PENDING (unanswered: destroyed after its period)": a sign-up whose e-mail address was never verified, or
 * that of a child under 14 whose legal representative never answered (policy §9), is no membership, and its data is kept no longer than the purpose needs (policy §4A): seven days after the sign-up, the
 * account and every category of its data are destroyed. Its verification link (24 hours, re-sent on request) has
 * long expired by then. The consents given at the sign-up are records of the consent module, which counts them from
 * the lapse ({@link SignUpLapsed}) as from a withdrawal.
 */
@ApplicationScoped
class UnverifiedSignUpRetention extends FixedPeriodRule {

    static final String NAME = "membership.unverified-sign-ups";

    @Inject
    private Members members;

    @Inject
    private Clock clock;

    @Inject
    private Event<SignUpLapsed> lapsed;

    UnverifiedSignUpRetention() {
        super(
                NAME,
                Period.ofDays(7),
                Store.OPERATIONAL,
                List.of(
                        "BASIC_PROFILE",
                        "OPTIONAL_SETTINGS",
                        "APPLICATION_FORM",
                        "LEGAL_REPRESENTATIVE",
                        "MEMBER_ACCOUNT"),
                "dev.pims.membership.retention");
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return members.countUnverifiedBefore(threshold);
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.DESTROY,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM,
                DataCategory.LEGAL_REPRESENTATIVE
            })
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        List<Object[]> due = members.unverifiedBefore(threshold, max);
        if (due.isEmpty()) {
            return DestroyedRecords.none(NAME);
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        List<Long> destroyed = new ArrayList<>();
        for (Object[] signUp : due) {
            long memberId = (Long) signUp[0];
            members.remove(memberId);
            lapsed.fire(new SignUpLapsed(memberId, now));
            destroyed.add(memberId);
        }
        return new DestroyedRecords(
                NAME, destroyed.size(), (LocalDateTime) due.getFirst()[1], (LocalDateTime) due.getLast()[1], destroyed);
    }
}
