package dev.pims.web.member;

import dev.pims.membership.AccountSelfService;
import dev.pims.membership.MembershipRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /confirm-email?token=…}: the link sent to a member's new address; it becomes the account's. */
@Named
@RequestScoped
public class ConfirmEmailPage {

    @Inject
    private AccountSelfService accounts;

    private String token;
    private boolean confirmed;

    public void confirm() {
        if (token == null || token.isBlank() || token.length() > 100) {
            return;
        }
        try {
            accounts.confirmEmailChange(token);
            confirmed = true;
        } catch (MembershipRefusal invalidLink) {
            confirmed = false;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
