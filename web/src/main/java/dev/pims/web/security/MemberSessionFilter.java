package dev.pims.web.security;

import dev.pims.membership.MemberSessions;
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
import java.security.Principal;
import java.util.OptionalLong;

/**
 * Ends a member's session that a new password made stale: a changed password ends every other session of the member,
 * a reset password all of them. The session keeps the account's session generation of its login; each request of a
 * member's page compares it with the account's (one number by the primary key), so this holds on every node of a
 * cluster without any registry of sessions. A stale session is logged out and thrown away, and the login page says
 * why.
 */
@WebFilter(filterName = "MemberSessionFilter", urlPatterns = "/my/*")
public class MemberSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String GENERATION = "pims.session-generation";
    static final String ENDED_PAGE = "/login?ended=true";

    @Inject
    private MemberSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        OptionalLong memberId = signedInMember(request);
        if (session != null && memberId.isPresent()) {
            int current = sessions.generationOf(memberId.getAsLong());
            Object kept = session.getAttribute(GENERATION);
            if (kept == null) {
                session.setAttribute(GENERATION, current);
            } else if (!kept.equals(current)) {
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + ENDED_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The session keeps the generation it is good for: at login, and after its own password change. */
    public static void keep(HttpServletRequest request, int generation) {
        request.getSession().setAttribute(GENERATION, generation);
    }

    private static OptionalLong signedInMember(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal == null || !request.isUserInRole(Principals.MEMBER_ROLE)) {
            return OptionalLong.empty();
        }
        return Principals.memberIdOf(principal.getName());
    }
}
