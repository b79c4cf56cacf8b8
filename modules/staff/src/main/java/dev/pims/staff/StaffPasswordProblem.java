package dev.pims.staff;

/** Why a new staff password was refused (safety-measures standard Art. 5). */
public enum StaffPasswordProblem {
    TOO_SHORT,
    TOO_FEW_CHARACTER_CLASSES,
    CONTAINS_LOGIN_ID,
    REUSED,
    /** The current password given with the change is not the account's. */
    CURRENT_PASSWORD_WRONG,
    /** The new password and its repetition differ. */
    REPETITION_DIFFERS
}
