package dev.pims.staff;

import dev.pims.shared.DataCategory;
import java.util.Set;

/**
 * The answer to a step of a staff login: how it ended, and for a success or a next step (password change, code,
 * enrolment) the login id. Only a success carries the roles and (for a handler) the data categories the person holds now; the reason of a
 * refusal is recorded but never shown to the person.
 */
public record StaffLogin(
        StaffLoginOutcome outcome, String loginId, Set<StaffRole> roles, Set<DataCategory> categories) {

    public static StaffLogin refused(StaffLoginOutcome outcome) {
        return new StaffLogin(outcome, null, Set.of(), Set.of());
    }

    public static StaffLogin passwordChangeRequired(String loginId) {
        return new StaffLogin(StaffLoginOutcome.PASSWORD_CHANGE_REQUIRED, loginId, Set.of(), Set.of());
    }

    /** The right password: the login waits for a code, or for an enrolment if the account has no second factor. */
    public static StaffLogin codeRequired(String loginId, boolean enrolled) {
        return new StaffLogin(
                enrolled ? StaffLoginOutcome.CODE_REQUIRED : StaffLoginOutcome.ENROLMENT_REQUIRED,
                loginId,
                Set.of(),
                Set.of());
    }

    public boolean succeeded() {
        return outcome == StaffLoginOutcome.SUCCESS;
    }
}
