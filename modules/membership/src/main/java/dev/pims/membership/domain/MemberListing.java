package dev.pims.membership.domain;

import java.time.LocalDateTime;

/** One line of a member search, read in one query from the account and the basic profile. */
public record MemberListing(long memberId, String email, String name, String mobilePhone, MemberStatus status,
        LocalDateTime joinedAt) {
}
