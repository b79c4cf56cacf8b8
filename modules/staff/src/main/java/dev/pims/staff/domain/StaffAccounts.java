package dev.pims.staff.domain;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The staff accounts. */
public interface StaffAccounts {

    boolean anyExists();

    void add(StaffAccount account);

    Optional<StaffAccount> byLoginId(String loginId);

    Optional<StaffAccount> byId(long id);

    /** Every account, by login id. */
    List<StaffAccount> all();

    OptionalInt rightsVersionOf(String loginId);

    void remove(StaffAccount account);
}
