package dev.pims.inquiry.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.inquiry.InquiryQueue;
import dev.pims.inquiry.InquiryQueuePage;
import dev.pims.inquiry.InquiryRefusal;
import dev.pims.inquiry.InquiryView;
import dev.pims.inquiry.domain.InquiryCase;
import dev.pims.inquiry.domain.InquiryCases;
import dev.pims.mail.MailOutbox;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The queue of inquiries (policy §12): the privacy officer's, and a handler's share of it. The audit road checks the
 * roles on every method, so that a refusal is recorded too; the container lets every caller through. A handler holding
 * the scope INQUIRY reaches only the cases assigned to them, and refused another is a DENIED access record. Each result
 * names the case's member, if any, as the data subject of the access record.
 */
@Stateless
@PermitAll
@DeclareRoles({Principals.PRIVACY_OFFICER_ROLE, DefaultInquiryQueue.INQUIRY_SCOPE})
public class DefaultInquiryQueue implements InquiryQueue {

    /** The role of a handler granted the category INQUIRY ({@code Principals.scopeRole}), as annotations need it. */
    static final String INQUIRY_SCOPE = "SCOPE_INQUIRY";

    @Inject
    private InquiryCases cases;

    @Inject
    private MailOutbox outbox;

    @Inject
    private InquiryClock clock;

    @Resource
    private SessionContext session;

    @Override
    @PersonalDataAccess(
            task = AccessTask.VIEW,
            categories = DataCategory.INQUIRY,
            roles = {Principals.PRIVACY_OFFICER_ROLE, INQUIRY_SCOPE})
    public InquiryQueuePage queue() {
        List<InquiryCase> shown = isOfficer() ? cases.queue() : cases.assignedTo(staffLoginId());
        return new InquiryQueuePage(shown.stream().map(InquiryCase::toSummary).toList());
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.VIEW,
            categories = DataCategory.INQUIRY,
            roles = {Principals.PRIVACY_OFFICER_ROLE, INQUIRY_SCOPE})
    public InquiryView open(long id) {
        return reachable(id).toView();
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.MODIFY,
            categories = DataCategory.INQUIRY,
            roles = Principals.PRIVACY_OFFICER_ROLE)
    public InquiryView assign(long id, String staffLoginId) {
        InquiryCase inquiry = find(id);
        inquiry.assignTo(staffLoginId);
        return inquiry.toView();
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.MODIFY,
            categories = DataCategory.INQUIRY,
            roles = {Principals.PRIVACY_OFFICER_ROLE, INQUIRY_SCOPE})
    public InquiryView reply(long id, String text) {
        InquiryCase inquiry = reachable(id);
        String reply = text.strip();
        // Refused before the mail exists: a closed case gets no mail.
        if (!inquiry.isOpen()) {
            throw new InquiryRefusal(InquiryRefusal.Reason.ALREADY_CLOSED);
        }
        long mailId = outbox.enqueue(ReplyMail.to(inquiry, reply));
        inquiry.answer(reply, staffLoginId(), clock.now(), mailId);
        return inquiry.toView();
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.MODIFY,
            categories = DataCategory.INQUIRY,
            roles = {Principals.PRIVACY_OFFICER_ROLE, INQUIRY_SCOPE})
    public InquiryView close(long id) {
        InquiryCase inquiry = reachable(id);
        inquiry.close(clock.now());
        return inquiry.toView();
    }

    private InquiryCase find(long id) {
        return cases.byId(id).orElseThrow(() -> new InquiryRefusal(InquiryRefusal.Reason.NO_SUCH_INQUIRY));
    }

    /** The case, if the caller may work on it: a privacy officer any, a handler those assigned to them. */
    private InquiryCase reachable(long id) {
        InquiryCase inquiry = find(id);
        if (!isOfficer() && !inquiry.isAssignedTo(staffLoginId())) {
            throw new AccessDeniedException("The inquiry " + id + " is not assigned to the caller");
        }
        return inquiry;
    }

    private boolean isOfficer() {
        return session.isCallerInRole(Principals.PRIVACY_OFFICER_ROLE);
    }

    private String staffLoginId() {
        String principal = session.getCallerPrincipal().getName();
        return Principals.staffLoginIdOf(principal).orElse(principal);
    }
}
