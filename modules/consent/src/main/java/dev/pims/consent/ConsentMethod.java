package dev.pims.consent;

/**
 * Where the member, or for a child under 14 the legal representative, said yes or no: the representative answers on
 * the page of the one-time link mailed to them (policy §9).
 */
public enum ConsentMethod {
    SIGN_UP_FORM,
    CONSENT_PAGE,
    PROFILE_PAGE,
    GUARDIAN_EMAIL_LINK
}
