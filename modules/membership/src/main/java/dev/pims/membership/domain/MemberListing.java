package dev.pims.membership.domain;

import dev.pims.shared.DataCategory;
import dev.pims.shared.PersonalData;
import java.time.LocalDateTime;

/** One line of a member search, read in one query from the account and the basic profile. */
@PersonalData({DataCategory.ACCOUNT, DataCategory.BASIC_PROFILE})
public record MemberListing(
        long memberId, String email, String name, String mobilePhone, MemberStatus status, LocalDateTime joinedAt) {}
