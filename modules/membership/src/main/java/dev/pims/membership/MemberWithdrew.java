package dev.pims.membership;

/** Fired within the withdrawal transaction (policy §11), after the member's data moved to the separated store. */
public record MemberWithdrew(long memberId) {}
