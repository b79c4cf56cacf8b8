package dev.pims.staff.domain;

/** The staff login record: appended to, never changed. */
public interface StaffLoginRecords {

    void append(StaffLoginRecord record);
}
