package dev.pims.consent.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.consent.ConsentAction;
import dev.pims.consent.ConsentMethod;
import dev.pims.consent.SyntheticConsents;
import dev.pims.shared.ConsentPurpose;
import dev.pims.shared.DataCategory;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/** The demo's consents of the past; this bean refuses every call that arrives with an HTTP request. */
@Stateless
@PermitAll
public class DefaultSyntheticConsents implements SyntheticConsents {

    @Inject
    private ConsentBook book;

    @Inject
    private RequestOrigin origin;

    @Override
    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.CONSENT)
    public void giveAsOf(@DataSubject long memberId, ConsentPurpose purpose, LocalDateTime at) {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Synthetic consents are written by PIMS itself only.");
        }
        book.writeAsOf(memberId, purpose, ConsentAction.GIVEN, ConsentMethod.CONSENT_PAGE, at);
    }
}
