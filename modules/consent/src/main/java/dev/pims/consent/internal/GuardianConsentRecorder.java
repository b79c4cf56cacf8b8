package dev.pims.consent.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.consent.ConsentAction;
import dev.pims.membership.GuardianConsented;
import dev.pims.membership.GuardianRefused;
import dev.pims.shared.ConsentPurpose;
import dev.pims.shared.DataCategory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Records the answer of the legal representative of a child under 14 (policy §9) in the transaction of that answer:
 * each consent the sign-up asked for, given or refused by the representative through the mailed link. A consent names
 * the representative and the relationship; a refusal the relationship only, since the sign-up and the representative's
 * data are destroyed with it.
 */
@Stateless
@PermitAll
public class GuardianConsentRecorder {

    @Inject
    private ConsentBook book;

    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.CONSENT)
    public void recordConsent(@Observes @DataSubject GuardianConsented consent) {
        String representative =
                consent.representativeName() + " (" + consent.relationship().name() + ")";
        for (ConsentPurpose purpose : consent.purposes()) {
            book.writeByRepresentative(consent.memberId(), purpose, ConsentAction.GIVEN, representative);
        }
    }

    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.CONSENT)
    public void recordRefusal(@Observes @DataSubject GuardianRefused refusal) {
        for (ConsentPurpose purpose : refusal.purposes()) {
            book.writeByRepresentative(
                    refusal.memberId(),
                    purpose,
                    ConsentAction.REFUSED,
                    refusal.relationship().name());
        }
    }
}
