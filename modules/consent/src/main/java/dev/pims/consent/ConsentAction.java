package dev.pims.consent;

/** Whether a consent record gives or withdraws consent. */
public enum ConsentAction {
    GIVEN,
    WITHDRAWN
}
