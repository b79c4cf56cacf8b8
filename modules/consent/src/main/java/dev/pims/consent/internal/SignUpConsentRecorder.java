package dev.pims.consent.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.consent.ConsentAction;
import dev.pims.consent.ConsentMethod;
import dev.pims.membership.MemberSignedUp;
import dev.pims.shared.ConsentPurpose;
import dev.pims.shared.DataCategory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Records the consents given on the sign-up form, in the sign-up's own transaction. */
@Stateless
@PermitAll
public class SignUpConsentRecorder {

    @Inject
    private ConsentBook book;

    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.CONSENT)
    public void recordConsents(@Observes @DataSubject MemberSignedUp signUp) {
        for (ConsentPurpose purpose : signUp.consentsGiven()) {
            book.write(signUp.memberId(), purpose, ConsentAction.GIVEN, ConsentMethod.SIGN_UP_FORM);
        }
        for (long partnerId : signUp.partnersConsented()) {
            book.writeForPartner(signUp.memberId(), partnerId, ConsentAction.GIVEN, ConsentMethod.SIGN_UP_FORM);
        }
    }
}
