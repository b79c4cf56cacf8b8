package dev.pims.deidentification;

import dev.pims.audit.AccessDeniedException;

/**
 * What the privacy officer may not do with a dataset, and why. On the audited road (a download) the attempt is
 * recorded as DENIED.
 */
public class DatasetRefusal extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No dataset has the id. */
        NO_SUCH_DATASET,
        /** The dataset was destroyed: discarded, or at the end of its retention. */
        DESTROYED,
        /** The period runs backwards, ends after today or spans more than a year. */
        PERIOD_INVALID,
        /** The period holds more uses than one dataset takes. */
        TOO_MANY_USES,
        /** The one who built the dataset may not sign its report off: a second person must. */
        SIGNED_OFF_BY_BUILDER,
        /** The report is signed off already. */
        SIGNED_OFF_ALREADY,
        /** Nobody but its builder has signed the report off yet, so the dataset may not leave PIMS. */
        NOT_SIGNED_OFF
    }

    private final Reason reason;

    public DatasetRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
