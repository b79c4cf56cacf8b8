package dev.pims.consent;

/** Where the member said yes or no. */
public enum ConsentMethod {
    SIGN_UP_FORM,
    CONSENT_PAGE,
    PROFILE_PAGE
}
