package dev.pims.web.member;

import dev.pims.membership.MemberSelfService;
import dev.pims.membership.MembershipRefusal;
import dev.pims.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/** {@code /my/withdraw}: asks for the password again, then ends the membership and the session (policy §11). */
@Named
@RequestScoped
public class WithdrawPage {

    @Inject
    private MemberSelfService members;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 128, message = "{pims.field.tooLong}")
    private String password;

    public void withdraw() throws IOException, ServletException {
        try {
            members.withdraw(password);
        } catch (MembershipRefusal wrongPassword) {
            Messages.fieldError("withdraw:password", wrongPassword.reason().messageKey());
            return;
        }
        SessionActions.endSession();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/withdrawn");
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
