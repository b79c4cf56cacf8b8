package dev.pims.web.care;

import dev.pims.audit.AccessDeniedException;
import dev.pims.payments.CaredPayments;
import dev.pims.payments.PaymentCare;
import dev.pims.payments.PaymentMethodView;
import dev.pims.payments.PaymentRefusal;
import dev.pims.payments.UnmaskedMethod;
import dev.pims.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /admin/members/payment-numbers?id=}: one of a member's payment methods in clear, for a reason the handler
 * gives (policy §7B), as member care unmasks a field. The page asks the service at once, so a handler without the
 * PAYMENT scope is refused there (a DENIED access record) and the page answers 403, as the container does for a page
 * outside one's role. The numbers shown are kept by this view only, never in a message.
 */
@Named
@ViewScoped
public class PaymentNumbersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PaymentCare care;

    private long memberId;
    private List<PaymentMethodView> methods;

    private Long methodId;

    @Size(max = PaymentCare.REASON_MAX, message = "{pims.field.tooLong}")
    private String reason;

    private UnmaskedMethod unmasked;

    /** The view action. */
    public void load() throws IOException {
        try {
            CaredPayments payments = care.of(memberId);
            methods = payments.methods();
        } catch (AccessDeniedException refused) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.responseSendError(403, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void unmask() {
        if (reason == null || reason.isBlank()) {
            Messages.fieldError("numbers:reason", "care.reason.required");
            return;
        }
        try {
            unmasked = care.unmask(memberId, methodId, reason);
            reason = null;
        } catch (PaymentRefusal gone) {
            unmasked = null;
            Messages.error(gone.reason().messageKey());
        }
    }

    public long getMemberId() {
        return memberId;
    }

    public void setMemberId(long memberId) {
        this.memberId = memberId;
    }

    public List<PaymentMethodView> getMethods() {
        return methods;
    }

    public Long getMethodId() {
        return methodId;
    }

    public void setMethodId(Long methodId) {
        this.methodId = methodId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public UnmaskedMethod getUnmasked() {
        return unmasked;
    }
}
