package dev.pims.membership;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One member in a handler's search results, masked, with only the fields of categories the handler may see (the
 * others are null).
 */
public record MemberSummary(
        long memberId, String email, String name, String mobilePhone, String status, LocalDateTime joinedAt)
        implements Serializable {}
