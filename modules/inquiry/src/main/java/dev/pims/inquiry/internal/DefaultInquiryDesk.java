package dev.pims.inquiry.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.inquiry.InquiryDesk;
import dev.pims.inquiry.InquiryForm;
import dev.pims.inquiry.domain.InquiryCase;
import dev.pims.inquiry.domain.InquiryCases;
import dev.pims.shared.DataCategory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Anyone may write to the privacy officer (policy §12): the road asks no role, and records the sender as they came. */
@Stateless
@PermitAll
public class DefaultInquiryDesk implements InquiryDesk {

    @Inject
    private InquiryCases cases;

    @Inject
    private InquiryClock clock;

    @Override
    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.INQUIRY)
    public long submit(InquiryForm form) {
        InquiryCase inquiry = new InquiryCase(null, form, clock.now());
        cases.add(inquiry);
        return inquiry.id();
    }
}
