package dev.pims.membership.domain;

/** Where a member stands: waiting for e-mail verification, or active. A withdrawn member has no account left. */
public enum MemberStatus {
    PENDING_VERIFICATION,
    ACTIVE
}
