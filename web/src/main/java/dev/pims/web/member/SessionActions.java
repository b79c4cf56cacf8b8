package dev.pims.web.member;

import dev.pims.membership.MemberAuthentication;
import dev.pims.shared.Principals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Ends a session: logs out and throws the session away, so nothing of it can be used again. A member's logout is a
 * record of visits (policy §2A(2)), which membership writes before the session ends.
 */
@Named
@RequestScoped
public class SessionActions {

    @Inject
    private MemberAuthentication authentication;

    /** @param nextPage where the person lands: the home page for members, the staff login for staff */
    public void logout(String nextPage) throws IOException, ServletException {
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Principals.MEMBER_ROLE)) {
            authentication.recordLogout();
        }
        endSession();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + nextPage);
    }

    static void endSession() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
    }
}
