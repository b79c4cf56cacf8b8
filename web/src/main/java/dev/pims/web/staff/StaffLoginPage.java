package dev.pims.web.staff;

import dev.pims.staff.StaffLogin;
import dev.pims.staff.StaffLoginOutcome;
import dev.pims.web.Messages;
import dev.pims.web.security.Logins;
import dev.pims.web.security.StaffCredential;
import dev.pims.web.security.StaffLoginAttempt;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /admin/login}: the staff login, apart from the members'; one message for every failure. A right password
 * whose change is due (new, reset or expired) logs nobody in: the login id goes to the session for the change page
 * only, and the person changes the password there before getting their roles.
 */
@Named
@RequestScoped
public class StaffLoginPage {

    static final String HOME = "/admin/";
    static final String PASSWORD_CHANGE_PAGE = "/admin/password";

    @Inject
    private Logins logins;

    @Inject
    private StaffLoginAttempt attempt;

    @Inject
    private PendingPasswordChange pendingChange;

    @Inject
    private StaffSessionSettings sessions;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 50, message = "{pims.field.tooLong}")
    private String loginId;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 128, message = "{pims.field.tooLong}")
    private String password;

    public void login() throws IOException {
        if (logins.logIn(new StaffCredential(loginId, password), HOME)) {
            sessions.startIdleClock();
            return;
        }
        Optional<StaffLogin> answer = attempt.answer();
        if (answer.isPresent() && answer.get().outcome() == StaffLoginOutcome.PASSWORD_CHANGE_REQUIRED) {
            pendingChange.dueFor(answer.get().loginId());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + PASSWORD_CHANGE_PAGE);
            return;
        }
        Messages.error("staff.login.failed");
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
