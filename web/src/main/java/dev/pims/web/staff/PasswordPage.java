package dev.pims.web.staff;

import dev.pims.staff.StaffAuthentication;
import dev.pims.staff.StaffPasswordChange;
import dev.pims.staff.StaffPasswordProblem;
import dev.pims.staff.StaffPasswordRefusal;
import dev.pims.staff.StaffPasswordRules;
import dev.pims.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /admin/password}: the forced change of a staff password, at first login, after a reset or after expiry
 * (policy §7B). Open only to a session whose login found the change due; the rules are shown on the form, every
 * broken rule gets its own message, and a valid change goes on to the second factor with the new password.
 */
@Named
@RequestScoped
public class PasswordPage {

    static final String FORM = "password";

    @Inject
    private StaffPasswordChange passwords;

    @Inject
    private StaffAuthentication authentication;

    @Inject
    private PendingStaffLogin pending;

    private StaffPasswordRules rules;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 128, message = "{pims.field.tooLong}")
    private String currentPassword;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 128, message = "{pims.field.tooLong}")
    private String newPassword;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 128, message = "{pims.field.tooLong}")
    private String newPasswordAgain;

    @PostConstruct
    void readRules() {
        rules = passwords.rules();
    }

    /** Without a login that found a change due, the page sends the visitor to the staff login. */
    public void requirePendingChange() throws IOException {
        if (pending.loginIdAt(PendingStaffLogin.Step.PASSWORD_CHANGE).isEmpty()) {
            StaffLoginPage.open(StaffLoginPage.LOGIN_PAGE);
        }
    }

    public void change() throws IOException {
        Optional<String> loginId = pending.loginIdAt(PendingStaffLogin.Step.PASSWORD_CHANGE);
        if (loginId.isEmpty()) {
            requirePendingChange();
            return;
        }
        if (!newPassword.equals(newPasswordAgain)) {
            Messages.fieldError(FORM + ":newPasswordAgain", messageKeyOf(StaffPasswordProblem.REPETITION_DIFFERS));
            return;
        }
        try {
            passwords.change(loginId.get(), currentPassword, newPassword);
        } catch (StaffPasswordRefusal refusal) {
            for (StaffPasswordProblem problem : refusal.problems()) {
                String field =
                        problem == StaffPasswordProblem.CURRENT_PASSWORD_WRONG ? "currentPassword" : "newPassword";
                Messages.fieldError(
                        FORM + ":" + field,
                        messageKeyOf(problem),
                        rules.minLength(),
                        rules.minClasses(),
                        rules.rememberedPasswords());
            }
            return;
        }
        Messages.info("staff.password.changed");
        Messages.keepForNextPage();
        StaffLoginPage.open(pending.follow(authentication.authenticate(loginId.get(), newPassword))
                .orElse(StaffLoginPage.LOGIN_PAGE));
    }

    private static String messageKeyOf(StaffPasswordProblem problem) {
        return "staff.password.problem." + problem.name();
    }

    public StaffPasswordRules getRules() {
        return rules;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }
}
