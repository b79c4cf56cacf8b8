package dev.pims.inquiry.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.inquiry.InquiryForm;
import dev.pims.inquiry.SyntheticInquiries;
import dev.pims.inquiry.domain.InquiryCase;
import dev.pims.inquiry.domain.InquiryCases;
import dev.pims.shared.DataCategory;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/** The demo's inquiries of the past, recorded as the public form records one; refused to any call with an HTTP request. */
@Stateless
@PermitAll
public class DefaultSyntheticInquiries implements SyntheticInquiries {

    @Inject
    private InquiryCases cases;

    @Inject
    private RequestOrigin origin;

    @Override
    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.INQUIRY)
    public long receiveAsOf(InquiryForm form, LocalDateTime receivedAt, LocalDateTime closedAt) {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Synthetic inquiries are recorded by PIMS itself only.");
        }
        InquiryCase inquiry = new InquiryCase(null, form, receivedAt);
        if (closedAt != null) {
            inquiry.close(closedAt);
        }
        cases.add(inquiry);
        return inquiry.id();
    }
}
