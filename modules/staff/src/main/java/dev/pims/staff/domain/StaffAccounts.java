package dev.pims.staff.domain;

import java.util.Optional;

/** The staff accounts. */
public interface StaffAccounts {

    boolean anyExists();

    void add(StaffAccount account);

    Optional<StaffAccount> byLoginId(String loginId);
}
