package dev.pims.web.staff;

import dev.pims.staff.SecondFactorEnrolment;
import dev.pims.staff.StaffAuthentication;
import dev.pims.web.Messages;
import dev.pims.web.security.Logins;
import dev.pims.web.security.StaffCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /admin/code} and {@code /admin/enrol}: the last step of a staff login (policy §7B; safety-measures standard
 * Art. 5(6)), the code of the person's authenticator app; at the first login, or after the privacy officer reset it,
 * the enrolment of that app with a QR code first. Each page admits only a session whose right password asked for its
 * step; a right code gives the roles, a wrong one counts as a failed login.
 */
@Named
@RequestScoped
public class SecondStepPage {

    static final String FORM = "second-step";

    @Inject
    private StaffAuthentication authentication;

    @Inject
    private PendingStaffLogin pending;

    @Inject
    private Logins logins;

    @Inject
    private StaffSessionSettings sessions;

    private SecondFactorEnrolment enrolment;

    @NotBlank(message = "{pims.field.required}")
    @Pattern(regexp = StaffAuthentication.CODE_PATTERN, message = "{staff.code.pattern}")
    private String code;

    public void requireCodeStep() throws IOException {
        requireStep(PendingStaffLogin.Step.CODE);
    }

    /** Without a login waiting for its enrolment, or once its minutes are over, the login starts again. */
    public void requireEnrolmentStep() throws IOException {
        requireStep(PendingStaffLogin.Step.ENROLMENT);
        if (pending.loginIdAt(PendingStaffLogin.Step.ENROLMENT).isPresent() && getEnrolment() == null) {
            pending.done();
            Messages.error("staff.code.expired");
            Messages.keepForNextPage();
            StaffLoginPage.open(StaffLoginPage.LOGIN_PAGE);
        }
    }

    private void requireStep(PendingStaffLogin.Step step) throws IOException {
        if (pending.loginIdAt(step).isEmpty()) {
            StaffLoginPage.open(StaffLoginPage.LOGIN_PAGE);
        }
    }

    public void confirm() throws IOException {
        Optional<String> loginId = pending.loginIdAt(PendingStaffLogin.Step.CODE)
                .or(() -> pending.loginIdAt(PendingStaffLogin.Step.ENROLMENT));
        if (loginId.isEmpty()) {
            StaffLoginPage.open(StaffLoginPage.LOGIN_PAGE);
            return;
        }
        if (logins.logIn(new StaffCredential(loginId.get(), code), StaffLoginPage.HOME)) {
            pending.done();
            sessions.startIdleClock();
            return;
        }
        Messages.fieldError(FORM + ":code", "staff.code.rejected");
    }

    /** The secret and QR code to enrol; the same on every visit until a code confirms them. */
    public SecondFactorEnrolment getEnrolment() {
        if (enrolment == null) {
            enrolment = pending.loginIdAt(PendingStaffLogin.Step.ENROLMENT)
                    .flatMap(authentication::enrolment)
                    .orElse(null);
        }
        return enrolment;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
