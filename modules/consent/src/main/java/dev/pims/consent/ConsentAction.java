package dev.pims.consent;

/**
 * Whether a consent record gives or withdraws consent, or records that the legal representative of a child under 14
 * refused it (policy §9): the sign-up was destroyed at once, and the refusal stays on record.
 */
public enum ConsentAction {
    GIVEN,
    WITHDRAWN,
    REFUSED
}
