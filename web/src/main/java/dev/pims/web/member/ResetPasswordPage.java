package dev.pims.web.member;

import dev.pims.membership.AccountSelfService;
import dev.pims.membership.FieldRules;
import dev.pims.membership.MembershipRefusal;
import dev.pims.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * {@code /reset-password?token=…}: the link of a forgotten password asks for the new one twice, by the rules of the
 * sign-up; the link then is spent, and every session of the member ends.
 */
@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountSelfService accounts;

    private String token;

    @NotBlank(message = "{pims.field.required}")
    @Size(min = FieldRules.PASSWORD_MIN, max = FieldRules.PASSWORD_MAX, message = "{pims.field.passwordLength}")
    @Pattern(regexp = FieldRules.PASSWORD, message = "{pims.field.passwordClasses}")
    private String newPassword;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = FieldRules.PASSWORD_MAX, message = "{pims.field.tooLong}")
    private String newPasswordAgain;

    private boolean done;

    public void reset() {
        if (!newPassword.equals(newPasswordAgain)) {
            Messages.fieldError("reset:newPasswordAgain", "signup.passwordMismatch");
            return;
        }
        if (token == null || token.isBlank() || token.length() > 100) {
            Messages.error(MembershipRefusal.Reason.INVALID_RESET_LINK.messageKey());
            return;
        }
        try {
            accounts.resetPassword(token, newPassword);
            done = true;
        } catch (MembershipRefusal invalidLink) {
            Messages.error(invalidLink.reason().messageKey());
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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

    public boolean isDone() {
        return done;
    }
}
