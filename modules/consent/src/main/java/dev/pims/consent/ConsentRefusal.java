package dev.pims.consent;

import jakarta.ejb.ApplicationException;

/**
 * A required consent cannot be withdrawn on its own: the member withdraws from membership instead (policy §11). A
 * consent agreed for a period is agreed on the page of what it concerns, not given or withdrawn on the consent page.
 */
@ApplicationException(rollback = true)
public class ConsentRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String REQUIRED_CONSENT_MESSAGE_KEY = "consent.refused.required";

    public static final String AGREED_FOR_A_PERIOD_MESSAGE_KEY = "consent.refused.forAPeriod";

    /** A consent to a provision to a third party is given to each partner apart (policy §3A), with the partner. */
    public static final String PER_PARTNER_MESSAGE_KEY = "consent.refused.perPartner";

    /** No active partner of the registry has that id. */
    public static final String NO_SUCH_PARTNER_MESSAGE_KEY = "consent.refused.noSuchPartner";

    public ConsentRefusal() {
        super(REQUIRED_CONSENT_MESSAGE_KEY);
    }

    public ConsentRefusal(String messageKey) {
        super(messageKey);
    }
}
