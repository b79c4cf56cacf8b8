package dev.pims.usage;

import jakarta.ejb.ApplicationException;

/** A use PIMS does not record: it is of no member, or of a member who is not active. */
@ApplicationException(rollback = true)
public class UsageRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No member has the id: never one, or withdrawn. */
        NO_SUCH_MEMBER,
        /** The member has not verified their e-mail address yet. */
        MEMBER_NOT_ACTIVE
    }

    private final Reason reason;

    public UsageRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
