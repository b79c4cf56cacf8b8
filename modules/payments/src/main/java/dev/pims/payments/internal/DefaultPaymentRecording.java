package dev.pims.payments.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.payments.PaymentEvent;
import dev.pims.payments.PaymentRecording;
import dev.pims.shared.DataCategory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The main service calls as nobody PIMS knows, as it reports usage ({@code usage.UsageRecording}): whatever way in web
 * gives it must admit only the main service; the road asks no role here and records the caller as it arrived.
 */
@Stateless
@PermitAll
public class DefaultPaymentRecording implements PaymentRecording {

    @Inject
    private PaymentBook book;

    @Override
    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.PAYMENT)
    public void record(@DataSubject long memberId, long methodId, PaymentEvent event) {
        book.pay(memberId, methodId, event, book.now());
    }
}
