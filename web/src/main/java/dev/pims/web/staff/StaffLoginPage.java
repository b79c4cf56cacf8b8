package dev.pims.web.staff;

import dev.pims.web.Messages;
import dev.pims.web.security.Logins;
import dev.pims.web.security.StaffCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/** {@code /admin/login}: the staff login, apart from the members'; one message for every failure. */
@Named
@RequestScoped
public class StaffLoginPage {

    @Inject
    private Logins logins;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 50, message = "{pims.field.tooLong}")
    private String loginId;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 128, message = "{pims.field.tooLong}")
    private String password;

    public void login() throws IOException {
        if (!logins.logIn(new StaffCredential(loginId, password), "/admin/")) {
            Messages.error("staff.login.failed");
        }
    }

    public String getLoginId() {
        return loginId;
    }

    public void setLoginId(String loginId) {
        this.loginId = loginId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
