package dev.pims.web.staff;

import dev.pims.staff.StaffAuthentication;
import dev.pims.web.Messages;
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
 * {@code /admin/login}: the first step of the staff login, apart from the members'; one message for every failure.
 * The right password logs nobody in yet: the session keeps the login id for the next step's page (a due password
 * change, then the code of the second factor, or its enrolment), and the roles come with the last step.
 */
@Named
@RequestScoped
public class StaffLoginPage {

    static final String HOME = "/admin/";
    static final String LOGIN_PAGE = "/admin/login";

    @Inject
    private StaffAuthentication authentication;

    @Inject
    private PendingStaffLogin pending;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 50, message = "{pims.field.tooLong}")
    private String loginId;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 128, message = "{pims.field.tooLong}")
    private String password;

    public void login() throws IOException {
        Optional<String> nextStep = pending.follow(authentication.authenticate(loginId, password));
        if (nextStep.isEmpty()) {
            Messages.error("staff.login.failed");
            return;
        }
        open(nextStep.get());
    }

    static void open(String page) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + page);
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
