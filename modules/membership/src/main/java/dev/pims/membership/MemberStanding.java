package dev.pims.membership;

/**
 * Where a member id stands, for another module that records something about a member and must first know that the
 * member is there and active (e.g. service-usage records, policy §2A(2)). It says nothing else about the member.
 */
public enum MemberStanding {
    /** No member has this id: never one, or withdrawn. */
    UNKNOWN,
    /** Signed up, e-mail not verified yet. */
    PENDING_VERIFICATION,
    /** E-mail verified, waiting for the consent of the legal representative of a child under 14 (policy §9). */
    PENDING_GUARDIAN_CONSENT,
    /** A member using the service. */
    ACTIVE,
    /** Idle for a year (policy §4C): the data is kept apart until the member logs in again; nothing is recorded meanwhile. */
    DORMANT
}
