package dev.pims.consent.internal;

import dev.pims.consent.ConsentAction;
import dev.pims.consent.ConsentMethod;
import dev.pims.membership.MemberAgreedToStayActive;
import dev.pims.shared.ConsentPurpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Records a member's agreement to keep the account active (policy §4C) as a consent agreed for its period, in the
 * transaction of the agreement, whose access record names the consent already.
 */
@ApplicationScoped
class StayActiveAgreementRecorder {

    @Inject
    private ConsentBook book;

    void recordAgreement(@Observes MemberAgreedToStayActive agreement) {
        book.write(
                agreement.memberId(),
                ConsentPurpose.KEEP_ACCOUNT_ACTIVE,
                ConsentAction.GIVEN,
                ConsentMethod.PROFILE_PAGE,
                agreement.until());
    }
}
