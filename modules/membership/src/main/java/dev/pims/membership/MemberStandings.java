package dev.pims.membership;

/**
 * Tells another module where a member id stands. It reads only the account's status, no personal data: it is off the
 * audited road, and a module that asks it before it writes a member's data asks inside its own audited call, whose
 * access record names the member.
 */
public interface MemberStandings {

    MemberStanding of(long memberId);
}
