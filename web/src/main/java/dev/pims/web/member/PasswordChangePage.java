package dev.pims.web.member;

import dev.pims.membership.AccountSelfService;
import dev.pims.membership.FieldRules;
import dev.pims.membership.MembershipRefusal;
import dev.pims.web.Messages;
import dev.pims.web.security.MemberSessionFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code /my/account/password}: the current password again, then the new one twice, by the rules of the sign-up. This
 * session stays signed in; every other session of the member ends at its next request.
 */
@Named
@RequestScoped
public class PasswordChangePage {

    @Inject
    private AccountSelfService accounts;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = FieldRules.PASSWORD_MAX, message = "{pims.field.tooLong}")
    private String currentPassword;

    @NotBlank(message = "{pims.field.required}")
    @Size(min = FieldRules.PASSWORD_MIN, max = FieldRules.PASSWORD_MAX, message = "{pims.field.passwordLength}")
    @Pattern(regexp = FieldRules.PASSWORD, message = "{pims.field.passwordClasses}")
    private String newPassword;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = FieldRules.PASSWORD_MAX, message = "{pims.field.tooLong}")
    private String newPasswordAgain;

    private boolean changed;

    public void change() {
        if (!newPassword.equals(newPasswordAgain)) {
            Messages.fieldError("password:newPasswordAgain", "signup.passwordMismatch");
            return;
        }
        try {
            int generation = accounts.changeOwnPassword(currentPassword, newPassword);
            MemberSessionFilter.keep(
                    (HttpServletRequest) FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequest(),
                    generation);
            changed = true;
        } catch (MembershipRefusal wrongPassword) {
            Messages.fieldError(
                    "password:currentPassword", wrongPassword.reason().messageKey());
        }
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

    public boolean isChanged() {
        return changed;
    }
}
