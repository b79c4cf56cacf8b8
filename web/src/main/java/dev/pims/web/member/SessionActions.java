package dev.pims.web.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Ends a member's session: logs out and throws the session away, so nothing of it can be used again. */
@Named
@RequestScoped
public class SessionActions {

    /** @param nextPage where the person lands: the home page for members, the staff login for staff */
    public void logout(String nextPage) throws IOException, ServletException {
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
