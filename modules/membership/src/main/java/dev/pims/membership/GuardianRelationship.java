package dev.pims.membership;

/** How a legal representative stands to a child under 14 (policy §9): chosen from a list at the child's sign-up. */
public enum GuardianRelationship {
    PARENT,
    GUARDIAN,
    OTHER_LEGAL_REPRESENTATIVE
}
