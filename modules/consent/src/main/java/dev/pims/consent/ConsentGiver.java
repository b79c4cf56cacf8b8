package dev.pims.consent;

/** Who answered a consent: the member, or the legal representative of a member under 14 (policy §9). */
public enum ConsentGiver {
    MEMBER,
    LEGAL_REPRESENTATIVE
}
