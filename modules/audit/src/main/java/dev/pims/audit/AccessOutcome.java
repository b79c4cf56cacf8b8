package dev.pims.audit;

/** How an audited call ended. A denied or failed call is recorded as faithfully as a successful one. */
public enum AccessOutcome {
    SUCCESS,
    DENIED,
    ERROR
}
