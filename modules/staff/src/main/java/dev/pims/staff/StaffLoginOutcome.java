package dev.pims.staff;

/**
 * How a staff login attempt, or another event of staff authentication, ended; each is kept in the staff login record
 * (safety-measures standard Art. 5: failures and lockouts are recorded). The person sees one message for every
 * refusal.
 */
public enum StaffLoginOutcome {
    /**
     * Logged in with the roles of the account: the right password, then the right code; the detail says when that
     * code also completed the enrolment of the second factor.
     */
    SUCCESS,
    /** The right password; the login waits for the code of the account's second factor. */
    CODE_REQUIRED,
    /** The right password of an account without a second factor; the login waits for its enrolment. */
    ENROLMENT_REQUIRED,
    /** A wrong, reused or late code after the right password; counts as a failed login. */
    CODE_REJECTED,
    /** A known login with a wrong password. */
    BAD_CREDENTIALS,
    /** The wrong password that reached the limit of consecutive failures and locked the account. */
    LOCKED_OUT,
    /** An attempt on a locked account, whatever the password. */
    LOCKED,
    /** A login id that no account has. */
    UNKNOWN_LOGIN,
    /** The right password, but it must be changed (new, reset or expired) before the person gets their roles. */
    PASSWORD_CHANGE_REQUIRED,
    /** A new password was set. */
    PASSWORD_CHANGED,
    /** The privacy officer unlocked the account. */
    UNLOCKED,
    /** A request to the staff console from an address outside the allow-list, refused with 403. */
    ADDRESS_REFUSED
}
