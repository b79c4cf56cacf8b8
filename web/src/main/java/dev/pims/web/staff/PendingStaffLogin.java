package dev.pims.web.staff;

import dev.pims.staff.StaffLogin;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;

/**
 * A staff login between its steps: the login id whose right password this session gave, and the step it waits for
 * (a password change, a code, an enrolment). It lives in the session only for the page of that step, which admits no
 * one else; the roles come only with the last step.
 */
@SessionScoped
public class PendingStaffLogin implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A step of a staff login after the right password, and its page. */
    enum Step {
        PASSWORD_CHANGE("/admin/password"),
        CODE("/admin/code"),
        ENROLMENT("/admin/enrol");

        private final String page;

        Step(String page) {
            this.page = page;
        }

        String page() {
            return page;
        }
    }

    private String loginId;
    private Step step;

    /** @return the page of the step the staff service asked for; none for a refusal, which ends the login */
    Optional<String> follow(StaffLogin answer) {
        step = switch (answer.outcome()) {
            case PASSWORD_CHANGE_REQUIRED -> Step.PASSWORD_CHANGE;
            case CODE_REQUIRED -> Step.CODE;
            case ENROLMENT_REQUIRED -> Step.ENROLMENT;
            default -> null;
        };
        loginId = step == null ? null : answer.loginId();
        return Optional.ofNullable(step).map(Step::page);
    }

    /** The login id, if the login waits for this step. */
    Optional<String> loginIdAt(Step expected) {
        return step == expected ? Optional.of(loginId) : Optional.empty();
    }

    void done() {
        loginId = null;
        step = null;
    }
}
