package dev.pims.membership;

import jakarta.ejb.ApplicationException;

/** A membership request PIMS refuses for a reason the member can act on; the reason names a bundle message. */
@ApplicationException(rollback = true)
public class MembershipRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        EMAIL_TAKEN,
        INVALID_VERIFICATION_LINK,
        WRONG_PASSWORD,
        NO_SUCH_MEMBER,
        INVALID_CORRECTION,
        /**
         * The sign-up's e-mail address or mobile number is that of a live record of bad use; the message says neither
         * which nor that such a record exists.
         */
        SIGN_UP_NOT_ACCEPTED;

        public String messageKey() {
            return "membership.refused." + name();
        }
    }

    private final Reason reason;

    public MembershipRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
