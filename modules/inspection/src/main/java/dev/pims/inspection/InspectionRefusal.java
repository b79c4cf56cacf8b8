package dev.pims.inspection;

import jakarta.ejb.ApplicationException;

/** Why an inspection step was refused; nothing changed. */
@ApplicationException(rollback = true)
public class InspectionRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The reasons, each shown to the auditor from the page bundle ({@code inspection.refused.<REASON>}). */
    public enum Reason {
        /** Only a month that has ended can be inspected: a report is made once and not made again. */
        MONTH_NOT_OVER,
        NO_REPORT,
        NO_FLAG,
        /** A signed-off report is final. */
        SIGNED_OFF,
        /** Every flag is reviewed before the report is signed off. */
        FLAGS_NOT_REVIEWED
    }

    private final Reason reason;

    public InspectionRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
