package dev.pims.web.member;

import dev.pims.web.Messages;
import dev.pims.web.security.DormantLogin;
import dev.pims.web.security.Logins;
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
 * password of a dormant account hears that it is dormant and that a link to bring it back was sent (policy §4C).
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    private Logins logins;

    @Inject
    private DormantLogin dormantLogin;

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
            } else {
                Messages.error("login.failed");
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
