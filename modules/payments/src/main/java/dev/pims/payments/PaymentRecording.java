package dev.pims.payments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The main service's report of one payment by a member with one of their methods (policy §2A(3)), recorded at PIMS's
 * time as an audited INPUT of PAYMENT. The record keeps the method's kind and masked label, never its numbers.
 */
public interface PaymentRecording {

    /**
     * @throws PaymentRefusal NO_SUCH_MEMBER when no member has the id, MEMBER_NOT_ACTIVE when the member is not active,
     *     NO_SUCH_METHOD when the member holds no method of that id (another member's included)
     */
    void record(long memberId, long methodId, @NotNull @Valid PaymentEvent event);
}
