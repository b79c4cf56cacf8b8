package dev.pims.membership;

/**
 * What a visit record records. There is no "session start without a login": a member's session exists only from a
 * login on {@code /login} (PIMS remembers no one across sessions), so every authenticated session begins with LOGIN.
 */
public enum VisitKind {
    /** A successful login with e-mail and password. */
    LOGIN,
    /** The member logged out (the logout button); an expired session leaves no record. */
    LOGOUT
}
