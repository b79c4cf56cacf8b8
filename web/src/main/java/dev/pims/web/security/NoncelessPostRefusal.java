package dev.pims.web.security;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;

/**
 * Turns away a form post that lacks the page's PrimeFaces script nonce before any of it is processed. PrimeFaces
 * refuses to render the answer to such a post, but only after the action has run, so the visitor would see an
 * error for work that was done. Such a post comes from a forger or a browser without JavaScript; both get the
 * "page expired" page, and nothing is stored.
 */
public class NoncelessPostRefusal implements PhaseListener {

    private static final long serialVersionUID = 1L;
    /** The request parameter PrimeFaces' script adds to every form of a page it rendered with CSP on. */
    static final String NONCE_PARAMETER = "primefaces.nonce";

    private static final String EXPIRED_PAGE = "/error/expired";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        ExternalContext external = faces.getExternalContext();
        if (!faces.isPostback() || external.getRequestParameterMap().containsKey(NONCE_PARAMETER)) {
            return;
        }
        try {
            external.redirect(external.getRequestContextPath() + EXPIRED_PAGE);
        } catch (IOException failed) {
            throw new FacesException(failed);
        }
        faces.responseComplete();
    }
}
