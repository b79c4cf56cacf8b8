package dev.pims.membership.domain;

/**
 * Where a member stands: waiting for e-mail verification, waiting (verified) for the consent of the legal
 * representative of a child under 14 (policy §9), active, or dormant (idle for a year, policy §4C: the personal
 * data waits in the separated store, and the account is a stub that can log in to bring it back). A withdrawn member has
 * no account left.
 */
public enum MemberStatus {
    PENDING_VERIFICATION,
    PENDING_GUARDIAN_CONSENT,
    ACTIVE,
    DORMANT
}
