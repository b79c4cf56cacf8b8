package dev.pims.membership;

import java.time.LocalDateTime;

/**
 * Fired within the destruction of a sign-up never verified (retention rule {@code membership.unverified-sign-ups}):
 * the would-be membership ended at {@code lapsedAt} without beginning, and the records other modules keep of it (the
 * consents given at the sign-up) are counted from then, as after a withdrawal.
 */
public record SignUpLapsed(long memberId, LocalDateTime lapsedAt) {}
