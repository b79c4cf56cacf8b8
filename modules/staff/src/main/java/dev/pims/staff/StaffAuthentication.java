package dev.pims.staff;

import jakarta.validation.constraints.NotNull;

/** Checks a member of staff's credentials for the staff login page, apart from any member login. */
public interface StaffAuthentication {

    StaffLogin authenticate(@NotNull String loginId, @NotNull String password);
}
