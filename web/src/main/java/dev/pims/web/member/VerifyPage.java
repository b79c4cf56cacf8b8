package dev.pims.web.member;

import dev.pims.membership.MemberSelfService;
import dev.pims.membership.MembershipRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /verify?token=…}: the link of the verification e-mail. */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    private MemberSelfService members;

    private String token;
    private boolean verified;

    public void verify() {
        if (token == null || token.isBlank() || token.length() > 100) {
            return;
        }
        try {
            members.verifyEmail(token);
            verified = true;
        } catch (MembershipRefusal invalidLink) {
            verified = false;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isVerified() {
        return verified;
    }
}
