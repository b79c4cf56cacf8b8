package dev.pims.staff;

import dev.pims.shared.DataCategory;
import java.util.Set;

/**
 * The answer to a staff login attempt: refused (for whatever reason, never said to the person), or the login id
 * the roles the person holds now, and the data categories of member data granted to them (their scope).
 */
public record StaffLogin(boolean succeeded, String loginId, Set<StaffRole> roles, Set<DataCategory> categories) {

    public static StaffLogin refused() {
        return new StaffLogin(false, null, Set.of(), Set.of());
    }
}
