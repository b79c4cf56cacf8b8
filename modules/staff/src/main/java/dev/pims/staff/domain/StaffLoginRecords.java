package dev.pims.staff.domain;

import dev.pims.staff.StaffLoginAddresses.NewAddressLogin;
import java.time.LocalDateTime;
import java.util.List;

/** The staff login record: appended to, never changed. */
public interface StaffLoginRecords {

    void append(StaffLoginRecord record);

    /** See {@link dev.pims.staff.StaffLoginAddresses#newAddressLogins}. */
    List<NewAddressLogin> newAddressLogins(LocalDateTime from, LocalDateTime to);
}
