package dev.pims.membership;

import jakarta.validation.constraints.NotNull;

/**
 * Checks a member's credentials for the login form, and keeps the records of visits (policy §2A(2)): a successful
 * login and a logout each leave one.
 */
public interface MemberAuthentication {

    /** A success is recorded as a LOGIN visit of the member, in the same transaction as the access record. */
    Authentication authenticate(@NotNull String email, @NotNull String password);

    /** Records the signed-in member's LOGOUT visit; the caller then ends the session. */
    void recordLogout();

    /**
     * Notes that the signed-in member uses the service now: a year without it makes the account dormant (policy §4C).
     * One UPDATE; the pages call it at most once a day per session, not at every request.
     */
    void noteActivity();
}
