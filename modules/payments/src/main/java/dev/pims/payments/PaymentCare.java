package dev.pims.payments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A handler's view of a member's payment information (policy §2A(3), §7B): only with the PAYMENT scope, the methods
 * masked and the latest {@value #LATEST} payments; one method's numbers in clear for a reason the handler gives, which
 * the access record keeps. A dormant member's methods are not shown (§4C); their payments are.
 */
public interface PaymentCare {

    int LATEST = 20;

    int REASON_MAX = 200;

    /** @throws dev.pims.audit.AccessDeniedException for a handler without the PAYMENT scope */
    CaredPayments of(long memberId);

    /**
     * Recorded as VIEW of PAYMENT with the reason.
     *
     * @throws dev.pims.audit.AccessDeniedException for a handler without the PAYMENT scope
     * @throws PaymentRefusal NO_SUCH_METHOD when the member holds no method of that id, or is dormant
     */
    UnmaskedMethod unmask(long memberId, long methodId, @NotBlank @Size(max = REASON_MAX) String reason);
}
