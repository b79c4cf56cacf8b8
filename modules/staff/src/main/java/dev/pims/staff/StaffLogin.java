package dev.pims.staff;

import java.util.Set;

/**
 * The answer to a staff login attempt: refused (for whatever reason, never said to the person), or the login id
 * and the roles the person holds now.
 */
public record StaffLogin(boolean succeeded, String loginId, Set<StaffRole> roles) {

    public static StaffLogin refused() {
        return new StaffLogin(false, null, Set.of());
    }
}
