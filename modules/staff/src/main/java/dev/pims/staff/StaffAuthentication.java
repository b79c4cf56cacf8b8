package dev.pims.staff;

import jakarta.validation.constraints.NotNull;

/**
 * Checks a member of staff's credentials for the staff login page, apart from any member login (policy §7B). Every
 * attempt is recorded with its client address; consecutive failures lock the account until the privacy officer
 * unlocks it; a password that is new, reset or expired must be changed before the person gets their roles.
 */
public interface StaffAuthentication {

    StaffLogin authenticate(@NotNull String loginId, @NotNull String password);
}
