package dev.pims.web.security;

import dev.pims.shared.Principals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Who opens a page that anyone may open, for its navigation: a signed-in member sees the way to their own pages. Read
 * from the caller's principal rather than {@code isUserInRole}: on an error page reached by an exception, Payara 7 has
 * already cleared the request's authorization context and {@code isUserInRole} fails with a NullPointerException,
 * while the failure page must always render.
 */
@Named
@RequestScoped
public class Visitor {

    @Inject
    private HttpServletRequest request;

    public boolean isMember() {
        Principal caller = request.getUserPrincipal();
        return caller != null && Principals.memberIdOf(caller.getName()).isPresent();
    }
}
