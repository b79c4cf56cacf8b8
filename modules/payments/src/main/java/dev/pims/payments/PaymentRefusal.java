package dev.pims.payments;

import jakarta.ejb.ApplicationException;

/**
 * A payment method or payment PIMS does not keep, and why. Its message is the reason's name only: never the value
 * refused, so that no log line or access record of a refusal holds a number.
 */
@ApplicationException(rollback = true)
public class PaymentRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Each reason's message is {@code payments.refused.<REASON>} in the web bundles. */
    public enum Reason {
        KIND_REQUIRED,
        PROVIDER_REQUIRED,
        HOLDER_REQUIRED,
        NAME_TOO_LONG,
        CARD_NUMBER_INVALID,
        EXPIRY_REQUIRED,
        CARD_EXPIRED,
        ACCOUNT_NUMBER_INVALID,
        MOBILE_NUMBER_INVALID,
        APPROVAL_NUMBER_INVALID,
        /** The member holds no method of that id: never one, removed, or another member's. */
        NO_SUCH_METHOD,
        /** No member has the id: never one, or withdrawn. */
        NO_SUCH_MEMBER,
        /** The member is not active: not verified yet, waiting for a legal representative, or dormant. */
        MEMBER_NOT_ACTIVE;

        public String messageKey() {
            return "payments.refused." + name();
        }
    }

    private final Reason reason;

    public PaymentRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
