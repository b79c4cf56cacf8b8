package dev.pims.staff;

import jakarta.validation.constraints.NotNull;

/** The privacy officer lifts the lockout of a staff account after repeated failed logins (policy §7B). */
public interface StaffUnlocking {

    /** @return whether there was a locked account of that login id; it is unlocked now */
    boolean unlock(@NotNull String loginId);
}
