package dev.pims.consent;

import dev.pims.shared.ConsentPurpose;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One line of a member's consent history, as the "my consents" page shows it; {@code agreedUntil} only for a consent
 * agreed for a period.
 */
public record ConsentEntry(
        ConsentPurpose purpose,
        ConsentAction action,
        String policyVersion,
        LocalDateTime occurredAt,
        String clientIp,
        ConsentMethod method,
        LocalDateTime agreedUntil)
        implements Serializable {}
