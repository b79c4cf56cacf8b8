package dev.pims.web.security;

import dev.pims.membership.MemberAuthentication;
import dev.pims.shared.Principals;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Notes a signed-in member's activity (policy §4C: a year without any makes the account dormant) at the first of
 * their pages each day: the session remembers the day, so the store is written once a day per session, not at every
 * request. A login notes it itself.
 */
@WebFilter(filterName = "MemberActivityFilter", urlPatterns = "/my/*")
public class MemberActivityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String NOTED_ON = "pims.activity-noted-on";

    @Inject
    private MemberAuthentication members;

    @Inject
    private Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.isUserInRole(Principals.MEMBER_ROLE)) {
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            if (!today.equals(session.getAttribute(NOTED_ON))) {
                members.noteActivity();
                session.setAttribute(NOTED_ON, today);
            }
        }
        chain.doFilter(request, response);
    }
}
