package dev.pims.staff;

import jakarta.ejb.ApplicationException;

/** A change of staff or their rights that PIMS refuses; the reason names a bundle message. */
@ApplicationException(rollback = true)
public class StaffRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Every person has a login of their own: an id is never given twice. */
        LOGIN_ID_TAKEN,
        /** An account without a role could open nothing; remove it instead. */
        NO_ROLE,
        /** Data categories limit what a handler sees; other roles see no member data at all. */
        CATEGORIES_ONLY_FOR_HANDLERS,
        /** The privacy officer cannot change or remove their own account, so one officer always remains. */
        OWN_ACCOUNT,
        /**
         * Separation of duties: an auditor inspects the access records of handlers and the grants of privacy officers,
         * so no account is an auditor and either of those.
         */
        AUDITOR_NOT_ALSO_HANDLER_OR_OFFICER,
        /** The account was removed meanwhile. */
        NO_SUCH_STAFF;

        public String messageKey() {
            return "staffadmin.refused." + name();
        }
    }

    private final Reason reason;

    public StaffRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
