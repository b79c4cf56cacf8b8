package dev.pims.staff;

import dev.pims.shared.DataCategory;
import java.util.Set;

/**
 * The answer to a staff login attempt: how it ended, and for a success or a required password change the login id.
 * Only a success carries the roles the person holds now and the data categories of member data granted to them (their
 * scope); the reason of a refusal is recorded but never shown to the person.
 */
public record StaffLogin(StaffLoginOutcome outcome, String loginId, Set<StaffRole> roles,
        Set<DataCategory> categories) {

    public static StaffLogin refused(StaffLoginOutcome outcome) {
        return new StaffLogin(outcome, null, Set.of(), Set.of());
    }

    public static StaffLogin passwordChangeRequired(String loginId) {
        return new StaffLogin(StaffLoginOutcome.PASSWORD_CHANGE_REQUIRED, loginId, Set.of(), Set.of());
    }

    public boolean succeeded() {
        return outcome == StaffLoginOutcome.SUCCESS;
    }
}
