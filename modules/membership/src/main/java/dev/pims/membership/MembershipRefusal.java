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
        INVALID_CORRECTION;

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
