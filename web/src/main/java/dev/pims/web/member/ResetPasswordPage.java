package dev.pims.web.member;

import dev.pims.membership.AccountSelfService;
import dev.pims.membership.MembershipRefusal;
import dev.pims.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

    private final NewPassword newPassword = new NewPassword();

    private boolean done;

    public void reset() {
        if (!newPassword.typedTheSameIn("reset")) {
            return;
        }
        if (token == null || token.isBlank() || token.length() > 100) {
            Messages.error(MembershipRefusal.Reason.INVALID_RESET_LINK.messageKey());
            return;
        }
        try {
            accounts.resetPassword(token, newPassword.getPassword());
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

    public NewPassword getNewPassword() {
        return newPassword;
    }

    public boolean isDone() {
        return done;
    }
}
