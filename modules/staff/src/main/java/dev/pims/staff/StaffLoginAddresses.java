package dev.pims.staff;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Staff logins from an address the person had never logged in from before (safety-measures standard Art. 8: the
 * monthly inspection looks at them). For an auditor, or for PIMS itself (the monthly job); refused to anybody else.
 */
public interface StaffLoginAddresses {

    /**
     * The first successful login of each login id from each address in {@code [from, to)} (UTC) that no successful
     * login of the same id came from before {@code from}, oldest first.
     */
    List<NewAddressLogin> newAddressLogins(@NotNull LocalDateTime from, @NotNull LocalDateTime to);

    /** A login id, the new address, and when it was first used. */
    record NewAddressLogin(String loginId, String clientIp, LocalDateTime at) {}
}
