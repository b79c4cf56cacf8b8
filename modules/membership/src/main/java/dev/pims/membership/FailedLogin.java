package dev.pims.membership;

import java.time.LocalDateTime;

/**
 * A failed login of the member's address (policy §7A) as the member is shown it: when, and from which client address.
 * The right password deletes the failures before it, so a member sees those since their last login, kept two days.
 */
public record FailedLogin(LocalDateTime failedAt, String clientIp) {}
