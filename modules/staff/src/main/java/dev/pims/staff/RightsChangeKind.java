package dev.pims.staff;

/** What one access-rights record says happened to a staff account (safety-measures standard Art. 5(3)). */
public enum RightsChangeKind {
    ACCOUNT_CREATED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    CATEGORY_GRANTED,
    CATEGORY_REVOKED,
    ACCOUNT_REMOVED,
    /** The privacy officer reset the account's second factor; its next login enrols a new one. */
    SECOND_FACTOR_RESET
}
