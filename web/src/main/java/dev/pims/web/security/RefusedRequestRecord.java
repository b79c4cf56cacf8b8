package dev.pims.web.security;

import dev.pims.audit.RefusedRequests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The 403 page records the request it answers as a DENIED access record (policy §7): the container refused it
 * before any audited service was called, and a refused attempt must be on record as an allowed one is.
 */
@Named
@RequestScoped
public class RefusedRequestRecord {

    @Inject
    private RefusedRequests refused;

    /** Called as the 403 page renders; records the original request, e.g. {@code GET /admin/members}. */
    public void record() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        refused.record(request.getMethod() + " "
                + path.substring(
                        path.startsWith(request.getContextPath())
                                ? request.getContextPath().length()
                                : 0));
    }
}
