package dev.pims.staff;

import dev.pims.shared.DataCategory;
import java.util.Set;

/**
 * The answer to a staff login attempt: refused (for whatever reason, never said to the person), or the login id
 * and the roles and (for a handler) the data categories the person holds now.
 */
public record StaffLogin(boolean succeeded, String loginId, Set<StaffRole> roles, Set<DataCategory> categories) {

    public static StaffLogin refused() {
        return new StaffLogin(false, null, Set.of(), Set.of());
    }
}
