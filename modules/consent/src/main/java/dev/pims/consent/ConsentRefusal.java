package dev.pims.consent;

import jakarta.ejb.ApplicationException;

/** A required consent cannot be withdrawn on its own: the member withdraws from membership instead (policy §11). */
@ApplicationException(rollback = true)
public class ConsentRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String REQUIRED_CONSENT_MESSAGE_KEY = "consent.refused.required";

    public ConsentRefusal() {
        super(REQUIRED_CONSENT_MESSAGE_KEY);
    }
}
