package dev.pims.inquiry;

import jakarta.ejb.ApplicationException;

/** What the queue or a member's pages refuse to do with a case; the message key says it to the person. */
@ApplicationException(rollback = true)
public class InquiryRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No case has the id (never one, or destroyed), or it is not the calling member's. */
        NO_SUCH_INQUIRY,
        /** The case is closed: no reply, assignment or second closing. */
        ALREADY_CLOSED;

        public String messageKey() {
            return "inquiry.refusal." + name();
        }
    }

    private final Reason reason;

    public InquiryRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
