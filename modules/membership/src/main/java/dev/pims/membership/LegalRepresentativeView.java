package dev.pims.membership;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What PIMS holds of a child member's legal representative (policy §9), as the child sees it on "my profile" and in the
 * download of their data (§5): never the links the representative uses.
 *
 * @param consentedAt when the representative consented; null while they have not
 */
public record LegalRepresentativeView(
        String name, String email, GuardianRelationship relationship, LocalDateTime consentedAt)
        implements Serializable {}
