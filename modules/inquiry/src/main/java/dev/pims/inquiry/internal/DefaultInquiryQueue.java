package dev.pims.inquiry.internal;

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

/**
 * The privacy officer's queue (policy §12). The audit road checks the PRIVACY_OFFICER role on every method, so that a
 * refusal is recorded too; the container lets every caller through. Each result names the case's member, if any, as
 * the data subject of the access record.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.PRIVACY_OFFICER_ROLE)
public class DefaultInquiryQueue implements InquiryQueue {

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
            roles = Principals.PRIVACY_OFFICER_ROLE)
    public InquiryQueuePage queue() {
        return new InquiryQueuePage(
                cases.queue().stream().map(InquiryCase::toSummary).toList());
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.VIEW,
            categories = DataCategory.INQUIRY,
            roles = Principals.PRIVACY_OFFICER_ROLE)
    public InquiryView open(long id) {
        return find(id).toView();
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
            roles = Principals.PRIVACY_OFFICER_ROLE)
    public InquiryView reply(long id, String text) {
        InquiryCase inquiry = find(id);
        String reply = text.strip();
        // Refused before the mail exists: a closed case gets no mail.
        if (!inquiry.isOpen()) {
            throw new InquiryRefusal(InquiryRefusal.Reason.ALREADY_CLOSED);
        }
        long mailId = outbox.enqueue(ReplyMail.to(inquiry, reply));
        inquiry.answer(reply, officer(), clock.now(), mailId);
        return inquiry.toView();
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.MODIFY,
            categories = DataCategory.INQUIRY,
            roles = Principals.PRIVACY_OFFICER_ROLE)
    public InquiryView close(long id) {
        InquiryCase inquiry = find(id);
        inquiry.close(clock.now());
        return inquiry.toView();
    }

    private InquiryCase find(long id) {
        return cases.byId(id).orElseThrow(() -> new InquiryRefusal(InquiryRefusal.Reason.NO_SUCH_INQUIRY));
    }

    private String officer() {
        String principal = session.getCallerPrincipal().getName();
        return Principals.staffLoginIdOf(principal).orElse(principal);
    }
}
