package dev.pims.web.security;

import dev.pims.shared.Principals;
import dev.pims.staff.StaffSessions;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A change of a staff member's rights, or the removal of their account, takes effect at their next request
 * (safety-measures standard Art. 5): every staff console request compares the rights version the session began with
 * to the account's version now (one lookup by the unique login id), and a session opened under other rights is
 * ended and sent to the staff login, where the person logs in again with the rights they hold now.
 */
@WebFilter(
        filterName = "StaffRightsCheck",
        urlPatterns = {"/admin/*", "/audit/*"})
public class StaffRightsCheck extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffSessions sessions;

    @Inject
    private StaffSession session;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> loginId = Principals.staffLoginIdOf(
                request.getUserPrincipal() == null
                        ? null
                        : request.getUserPrincipal().getName());
        if (loginId.isPresent() && !stillValid(sessions.rightsVersionOf(loginId.get()))) {
            request.logout();
            HttpSession ended = request.getSession(false);
            if (ended != null) {
                ended.invalidate();
            }
            response.sendRedirect(request.getContextPath() + PimsAuthenticationMechanism.STAFF_LOGIN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(OptionalInt now) {
        OptionalInt atLogin = session.rightsVersion();
        return now.isPresent() && atLogin.isPresent() && now.getAsInt() == atLogin.getAsInt();
    }
}
