package dev.pims.web.inquiry;

import dev.pims.audit.AccessDeniedException;
import dev.pims.inquiry.InquiryQueue;
import dev.pims.inquiry.InquiryRefusal;
import dev.pims.inquiry.InquiryRules;
import dev.pims.inquiry.InquiryView;
import dev.pims.shared.DataCategory;
import dev.pims.staff.StaffAdministration;
import dev.pims.staff.StaffRole;
import dev.pims.staff.StaffSummary;
import dev.pims.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /admin/inquiries/case?id=}: one case for the privacy officer, or for the handler it is assigned to (policy
 * §12). Opening it is a VIEW access record; assigning it to a privacy officer or a handler granted INQUIRY (the privacy
 * officer only), replying (mailed to the reply address) and closing it are MODIFY records. A case that is not there
 * answers with the "not found" page, one the caller may not work on with the "forbidden" page.
 */
@Named
@ViewScoped
public class InquiryCasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InquiryQueue queue;

    @Inject
    private StaffAdministration staffAdministration;

    private long id;
    private InquiryView inquiry;
    private List<String> staff;
    private String assignee;

    @NotBlank(message = "{pims.inquiry.reply.required}")
    @Size(max = InquiryRules.TEXT_MAX, message = "{pims.field.tooLong}")
    @Pattern(regexp = InquiryRules.PLAIN_TEXT, message = "{pims.field.plainText}")
    private String replyText;

    /** The view action. */
    public void load() throws IOException {
        try {
            inquiry = queue.open(id);
        } catch (InquiryRefusal gone) {
            answerWith(404);
            return;
        } catch (AccessDeniedException notTheirs) {
            answerWith(403);
            return;
        }
        assignee = inquiry.assignedTo();
    }

    private static void answerWith(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, null);
        faces.responseComplete();
    }

    public void assign() throws IOException {
        act(() -> inquiry = queue.assign(id, assignee), "inquiry.assigned", assignee);
    }

    public void reply() throws IOException {
        act(() -> inquiry = queue.reply(id, replyText), "inquiry.replied");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            replyText = null;
        }
    }

    public void close() throws IOException {
        act(() -> inquiry = queue.close(id), "inquiry.closed");
    }

    private void act(Runnable change, String doneKey, Object... arguments) throws IOException {
        try {
            change.run();
            Messages.info(doneKey, arguments);
        } catch (InquiryRefusal refused) {
            Messages.error(refused.reason().messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (AccessDeniedException notTheirs) {
            // Assigned to someone else since the page was opened.
            answerWith(403);
        }
    }

    /** Who may handle a case: the privacy officers and the handlers granted INQUIRY, by login id. */
    public List<String> getStaff() {
        if (staff == null) {
            staff = staffAdministration.allStaff().stream()
                    .filter(member -> member.roles().contains(StaffRole.PRIVACY_OFFICER)
                            || (member.roles().contains(StaffRole.HANDLER)
                                    && member.categories().contains(DataCategory.INQUIRY)))
                    .map(StaffSummary::loginId)
                    .toList();
        }
        return staff;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public InquiryView getInquiry() {
        return inquiry;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }
}
