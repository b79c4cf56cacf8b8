package dev.pims.inquiry.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingMember;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.inquiry.InquiryForm;
import dev.pims.inquiry.InquiryView;
import dev.pims.inquiry.MyInquiries;
import dev.pims.inquiry.domain.InquiryCase;
import dev.pims.inquiry.domain.InquiryCases;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A member's own cases: the member comes from the security context ({@link CallingMember}), never from the page, so a
 * member reaches no one else's. The audit road checks the MEMBER role; the container lets every caller through.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.MEMBER_ROLE)
public class DefaultMyInquiries implements MyInquiries {

    @Inject
    private InquiryCases cases;

    @Inject
    private CallingMember caller;

    @Inject
    private InquiryClock clock;

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.INQUIRY, roles = Principals.MEMBER_ROLE)
    public List<InquiryView> viewMine() {
        return cases.ofMember(caller.id()).stream().map(InquiryCase::toView).toList();
    }

    @Override
    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.INQUIRY, roles = Principals.MEMBER_ROLE)
    public long submit(InquiryForm form) {
        InquiryCase inquiry = new InquiryCase(caller.id(), form, clock.now());
        cases.add(inquiry);
        return inquiry.id();
    }
}
