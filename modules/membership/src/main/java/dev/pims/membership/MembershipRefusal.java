package dev.pims.membership;

import jakarta.ejb.ApplicationException;

/** A membership request PIMS refuses for a reason the member can act on; the reason names a bundle message. */
@ApplicationException(rollback = true)
public class MembershipRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /**
         * The address is a member's already: only an enrolment that bypasses the sign-up (the demo's) is refused so; a
         * sign-up answers the same for any address and tells the member by mail.
         */
        EMAIL_TAKEN,
        INVALID_VERIFICATION_LINK,
        WRONG_PASSWORD,
        NO_SUCH_MEMBER,
        INVALID_CORRECTION,
        /**
         * The sign-up's e-mail address or mobile number is that of a live record of bad use; the message says neither
         * which nor that such a record exists.
         */
        SIGN_UP_NOT_ACCEPTED,
        /** The link to bring a dormant account back is unknown, used already, or expired. */
        INVALID_RESTORE_LINK,
        /** The account is dormant: its data waits in the separated store until the member brings it back. */
        MEMBER_DORMANT,
        /** The new e-mail address of a change is the account's own already. */
        EMAIL_UNCHANGED,
        /** The link that confirms a new e-mail address is unknown, used, expired, or the address was taken meanwhile. */
        INVALID_EMAIL_CHANGE_LINK,
        /** The link of a forgotten password is unknown, used already, or expired. */
        INVALID_RESET_LINK,
        /** A legal representative's link (consent, refusal, acting for the child) is unknown, used, or expired. */
        INVALID_GUARDIAN_LINK,
        /**
         * Too many wrong passwords in a row for the account's address, at the login or at a form that asks for the
         * current password: both refuse it until the lock runs out.
         */
        ADDRESS_LOCKED;

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
