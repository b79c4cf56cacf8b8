package dev.pims.consent;

import jakarta.ejb.ApplicationException;
import java.time.LocalDate;

/**
 * A version cannot be published (policy §13): it would take effect less than 7 days after its announcement, or less
 * than 30 days after it when it reduces members' rights or adds items or recipients; or it is no draft (any more).
 */
@ApplicationException(rollback = true)
public class PolicyRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String TOO_EARLY_MESSAGE_KEY = "policy.refused.tooEarly";

    public static final String NOT_A_DRAFT_MESSAGE_KEY = "policy.refused.notADraft";

    private final int daysOfNotice;

    private final LocalDate earliest;

    /** The version would take effect too early: {@code earliest} is the first day it may, after the days of notice. */
    public PolicyRefusal(int daysOfNotice, LocalDate earliest) {
        super(TOO_EARLY_MESSAGE_KEY);
        this.daysOfNotice = daysOfNotice;
        this.earliest = earliest;
    }

    public PolicyRefusal() {
        super(NOT_A_DRAFT_MESSAGE_KEY);
        this.daysOfNotice = 0;
        this.earliest = null;
    }

    public int daysOfNotice() {
        return daysOfNotice;
    }

    public LocalDate earliest() {
        return earliest;
    }
}
