package dev.pims.audit;

/** In what capacity the actor of an access acted. */
public enum ActorRole {
    /** A signed-in member reaching their own data. */
    MEMBER_SELF,
    /** A designated handler of member data (staff). */
    HANDLER,
    /** The privacy officer (staff). */
    PRIVACY_OFFICER,
    /** An auditor of the access records (staff). */
    AUDITOR,
    /** A system administrator (staff). */
    ADMIN,
    /** A person not signed in, e.g. while signing up or logging in. */
    ANONYMOUS,
    /** PIMS itself: start-up, timers, jobs. */
    SYSTEM
}
