package dev.pims.web.care;

import dev.pims.audit.AccessDeniedException;
import dev.pims.membership.CareField;
import dev.pims.membership.CaredMember;
import dev.pims.membership.MemberCare;
import dev.pims.membership.MembershipRefusal;
import dev.pims.membership.RequestChannel;
import dev.pims.shared.DataCategory;
import dev.pims.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/members/detail?id=}: one member's data in the handler's categories, masked; a field unmasked for a
 * reason; a correction or a withdrawal on the member's request (policy §5, §7B); a record of bad use with its reason
 * for a handler granted it; the records shown only within a scope come from {@link MemberRecordsInScope}. Each is one
 * access record.
 */
@Named
@ViewScoped
public class MemberDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberCare care;

    @Inject
    private MemberRecordsInScope recordsInScope;

    private long memberId;
    private CaredMember member;

    private final Map<CareField, String> unmasked = new EnumMap<>(CareField.class);

    private CareField unmaskField;

    @Size(max = MemberCare.REASON_MAX, message = "{pims.field.tooLong}")
    private String unmaskReason;

    private CareField correctField;

    @Size(max = 1000, message = "{pims.field.tooLong}")
    private String correctValue;

    private RequestChannel channel = RequestChannel.PHONE;

    @Size(max = MemberCare.BAD_USE_REASON_MAX, message = "{pims.field.tooLong}")
    private String badUseReason;

    @Size(max = MemberCare.REASON_MAX, message = "{pims.field.tooLong}")
    private String withdrawReason;

    /** The view action: a member who is not there, e.g. withdrawn, answers with the "not found" page. */
    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            member = care.view(memberId);
            recordsInScope.load(memberId);
        } catch (MembershipRefusal gone) {
            external.responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void unmask() {
        if (unmaskReason == null || unmaskReason.isBlank()) {
            Messages.fieldError("unmask:unmaskReason", "care.reason.required");
            return;
        }
        unmasked.put(unmaskField, care.unmask(memberId, unmaskField, unmaskReason));
        unmaskReason = null;
    }

    public void correct() {
        try {
            care.correct(memberId, correctField, correctValue);
        } catch (MembershipRefusal invalid) {
            Messages.fieldError("correct:correctValue", invalid.reason().messageKey());
            return;
        }
        Messages.info("care.corrected");
        unmasked.clear();
        correctValue = null;
        member = care.view(memberId);
    }

    public void recordBadUse() {
        if (badUseReason == null || badUseReason.isBlank()) {
            Messages.fieldError("badUse:badUseReason", "care.badUse.reason.required");
            return;
        }
        care.recordBadUse(memberId, badUseReason);
        Messages.info("care.badUse.recorded");
        badUseReason = null;
    }

    /** Whether the handler may record bad use: the form is shown only then. */
    public boolean isBadUseGranted() {
        return HandlerScope.holds(DataCategory.BAD_USE);
    }

    /**
     * A handler not granted every category the withdrawal moves is refused: the service records it as DENIED, and the
     * page answers 403, as the container does for a page outside one's role.
     */
    public void withdraw() throws IOException {
        if (withdrawReason == null || withdrawReason.isBlank()) {
            Messages.fieldError("withdraw:withdrawReason", "care.withdraw.reason.required");
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            care.withdrawOnRequest(memberId, channel, withdrawReason);
        } catch (AccessDeniedException refused) {
            external.responseSendError(403, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        Messages.info("care.withdrawn");
        Messages.keepForNextPage();
        external.redirect(external.getRequestContextPath() + "/admin/members");
    }

    /** The field as shown: in clear once unmasked on this page, masked otherwise. */
    public String shown(CareField field) {
        return unmasked.containsKey(field)
                ? unmasked.get(field)
                : member.fields().get(field);
    }

    public List<CareField> getMaskedFields() {
        return member.fields().keySet().stream().filter(CareField::isMasked).toList();
    }

    public List<CareField> getCorrectableFields() {
        return member.fields().keySet().stream()
                .filter(CareField::isCorrectable)
                .toList();
    }

    public RequestChannel[] getChannels() {
        return RequestChannel.values();
    }

    public long getMemberId() {
        return memberId;
    }

    public void setMemberId(long memberId) {
        this.memberId = memberId;
    }

    public CaredMember getMember() {
        return member;
    }

    public CareField getUnmaskField() {
        return unmaskField;
    }

    public void setUnmaskField(CareField unmaskField) {
        this.unmaskField = unmaskField;
    }

    public String getUnmaskReason() {
        return unmaskReason;
    }

    public void setUnmaskReason(String unmaskReason) {
        this.unmaskReason = unmaskReason;
    }

    public CareField getCorrectField() {
        return correctField;
    }

    public void setCorrectField(CareField correctField) {
        this.correctField = correctField;
    }

    public String getCorrectValue() {
        return correctValue;
    }

    public void setCorrectValue(String correctValue) {
        this.correctValue = correctValue;
    }

    public String getBadUseReason() {
        return badUseReason;
    }

    public void setBadUseReason(String badUseReason) {
        this.badUseReason = badUseReason;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    /** Whether the handler is granted every category a withdrawal moves: the form says so otherwise. */
    public boolean isWithdrawalGranted() {
        return MemberCare.WITHDRAWN_CATEGORIES.stream().allMatch(HandlerScope::holds);
    }

    public RequestChannel getChannel() {
        return channel;
    }

    public void setChannel(RequestChannel channel) {
        this.channel = channel;
    }
}
