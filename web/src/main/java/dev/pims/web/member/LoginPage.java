package dev.pims.web.member;

import dev.pims.membership.LoginRefused;
import dev.pims.web.Messages;
import dev.pims.web.security.DormantLogin;
import dev.pims.web.security.Logins;
import dev.pims.web.security.RefusedLogin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/**
 * {@code /login}: one message for every failure, so that nobody learns which addresses are members; only the right
 * password of a dormant account hears that it is dormant and that a link to bring it back was sent (policy §4C). After
 * five failures in a row for an address, the page says that logins to it wait for a while, whether or not the address
 * is a member's (policy §7A, guessing).
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    private Logins logins;

    @Inject
    private DormantLogin dormantLogin;

    @Inject
    private RefusedLogin refusedLogin;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 254, message = "{pims.field.tooLong}")
    private String email;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 128, message = "{pims.field.tooLong}")
    private String password;

    public void login() throws IOException {
        if (!logins.logIn(new UsernamePasswordCredential(email, new Password(password)), "/my/profile")) {
            if (dormantLogin.isFound()) {
                Messages.info("login.dormant");
                return;
            }
            LoginRefused.Reason reason =
                    refusedLogin.refusal().map(LoginRefused::reason).orElse(LoginRefused.Reason.WRONG_CREDENTIALS);
            switch (reason) {
                case ADDRESS_LOCKED ->
                    Messages.error(
                            "login.locked",
                            Long.toString(refusedLogin.refusal().get().lockMinutes()));
                case CLIENT_LIMITED ->
                    Messages.error(
                            "login.clientLimited",
                            Long.toString(refusedLogin.refusal().get().lockMinutes()));
                case AWAITS_GUARDIAN -> Messages.error("login.awaitsGuardian");
                case WRONG_CREDENTIALS -> Messages.error("login.failed");
            }
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
