package dev.pims.staff;

import java.util.Set;

/**
 * The answer to a staff login attempt: how it ended, and for a success or a required password change the login id.
 * Only a success carries roles; the reason of a refusal is recorded but never shown to the person.
 */
public record StaffLogin(StaffLoginOutcome outcome, String loginId, Set<StaffRole> roles) {

    public static StaffLogin refused(StaffLoginOutcome outcome) {
        return new StaffLogin(outcome, null, Set.of());
    }

    public static StaffLogin passwordChangeRequired(String loginId) {
        return new StaffLogin(StaffLoginOutcome.PASSWORD_CHANGE_REQUIRED, loginId, Set.of());
    }

    public boolean succeeded() {
        return outcome == StaffLoginOutcome.SUCCESS;
    }
}
