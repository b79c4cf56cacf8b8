package dev.pims.partners;

/** Whom a provision went to: a partner, by the member's consent (policy §3A, §3B), or an authority, by law (§3C). */
public enum RecipientKind {
    PARTNER,
    AUTHORITY
}
