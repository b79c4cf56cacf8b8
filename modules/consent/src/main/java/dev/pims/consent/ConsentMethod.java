package dev.pims.consent;

/**
 * Where the member, or for a child under 14 the legal representative, said yes or no: the representative answers on
 * the page of the one-time link mailed to them (policy §9). A member asked again after a policy version changed what a
 * required consent covers answers on the re-consent page (policy §13).
 */
public enum ConsentMethod {
    SIGN_UP_FORM,
    CONSENT_PAGE,
    PROFILE_PAGE,
    GUARDIAN_EMAIL_LINK,
    RECONSENT_PAGE
}
