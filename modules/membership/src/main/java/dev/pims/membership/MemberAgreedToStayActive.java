package dev.pims.membership;

import java.time.LocalDateTime;

/**
 * A member agreed to keep the account active until {@code until} (policy §4C). Fired inside the transaction that
 * stores the agreement, so that the consent record of it is written in the same one.
 */
public record MemberAgreedToStayActive(long memberId, StayActivePeriod period, LocalDateTime until) {}
