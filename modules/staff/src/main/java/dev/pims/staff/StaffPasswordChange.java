package dev.pims.staff;

import jakarta.validation.constraints.NotNull;

/**
 * Changing a staff password, the forced change at first login or after expiry included (policy §7B). The current
 * password is always asked again, and a wrong one counts towards the lockout like a failed login.
 */
public interface StaffPasswordChange {

    /** The rules in force, for the change page to show them. */
    StaffPasswordRules rules();

    void change(@NotNull String loginId, @NotNull String currentPassword, @NotNull String newPassword)
            throws StaffPasswordRefusal;
}
