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

    private final NewPassword newPassword = new NewPassword();

    private boolean changed;

    public void change() {
        if (!newPassword.typedTheSameIn("password")) {
            return;
        }
        try {
            int generation = accounts.changeOwnPassword(currentPassword, newPassword.getPassword());
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

    public NewPassword getNewPassword() {
        return newPassword;
    }

    public boolean isChanged() {
        return changed;
    }
}
