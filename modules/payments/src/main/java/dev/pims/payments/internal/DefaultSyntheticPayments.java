package dev.pims.payments.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.payments.PaymentEvent;
import dev.pims.payments.PaymentMethodForm;
import dev.pims.payments.SyntheticPayments;
import dev.pims.shared.DataCategory;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/** The audit road lets PIMS through; this bean refuses every call that arrives with an HTTP request. */
@Stateless
@PermitAll
public class DefaultSyntheticPayments implements SyntheticPayments {

    @Inject
    private PaymentBook book;

    @Inject
    private RequestOrigin origin;

    @Override
    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.PAYMENT)
    public long addMethodAsOf(@DataSubject long memberId, PaymentMethodForm form, LocalDateTime at) {
        refuseHttpRequests();
        return book.keep(memberId, form, at).id();
    }

    @Override
    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.PAYMENT)
    public void recordAsOf(@DataSubject long memberId, long methodId, PaymentEvent event, LocalDateTime at) {
        refuseHttpRequests();
        book.pay(memberId, methodId, event, at);
    }

    private void refuseHttpRequests() {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Synthetic payments are recorded by PIMS itself only.");
        }
    }
}
