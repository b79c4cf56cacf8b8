package dev.pims.membership;

import java.time.LocalDateTime;

/**
 * Fired within the withdrawal transaction (policy §11), after the member's data moved to the separated store.
 *
 * @param withdrawnAt when the membership ended (UTC): what the retention of the member's records is counted from
 */
public record MemberWithdrew(long memberId, LocalDateTime withdrawnAt) {}
