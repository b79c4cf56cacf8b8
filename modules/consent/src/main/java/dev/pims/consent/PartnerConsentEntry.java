package dev.pims.consent;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of a member's history of consents to partners (policy §3A, §3B): the partner by its registry id. */
public record PartnerConsentEntry(
        Long partnerId,
        ConsentAction action,
        String policyVersion,
        LocalDateTime occurredAt,
        String clientIp,
        ConsentMethod method)
        implements Serializable {}
