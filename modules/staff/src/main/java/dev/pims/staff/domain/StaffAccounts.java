package dev.pims.staff.domain;

/** The staff accounts. */
public interface StaffAccounts {

    boolean anyExists();

    void add(StaffAccount account);
}
