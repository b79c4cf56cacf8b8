package dev.pims.membership.domain;

import java.util.Optional;

/** The members of the operational store, each with the records of every category. */
public interface Members {

    MemberAccount add(MemberAccount account);

    void addCategories(BasicProfile profile, OptionalSettings settings, ApplicationForm form);

    Optional<MemberAccount> account(long memberId);

    Optional<MemberAccount> accountByEmail(String email);

    Optional<MemberAccount> accountByVerificationToken(String tokenHash);

    BasicProfile basicProfile(long memberId);

    OptionalSettings optionalSettings(long memberId);

    ApplicationForm applicationForm(long memberId);

    /** Removes every category of the member's data from the operational store. */
    void remove(long memberId);

    void recordWithdrawal(WithdrawalRecord withdrawal);
}
