package dev.pims.web.security;

import dev.pims.consent.PolicyArchive;
import dev.pims.consent.Reconsent;
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
import java.util.Set;

/**
 * Re-consent (policy §13): at a member's first page after the login, asks {@link Reconsent} once whether a policy
 * version in force wants the member's consent again; if so, sends the member to {@code /my/reconsent} and, until the
 * member agrees there, opens only the pages that show the member's data and the withdrawal. The answer is kept in the
 * session, so the question costs one access record per login, not one per page, and none at all while no version in
 * force asks for re-consent (a public fact, read without the member's consents).
 */
@WebFilter(filterName = "ReconsentFilter", urlPatterns = "/my/*")
public class ReconsentFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CHECKED = "pims.reconsent-checked";
    static final String OWED = "pims.reconsent-owed";
    static final String PAGE = "/my/reconsent";

    /** Pages that show data or withdraw, open while a re-consent is owed; every other page of /my/* waits. */
    static final Set<String> OPEN_MEANWHILE = Set.of(
            PAGE,
            "/my/withdraw",
            "/my/profile",
            "/my/data",
            "/my/access",
            "/my/consents",
            "/my/usage",
            "/my/visits",
            "/my/inquiries");

    @Inject
    private PolicyArchive archive;

    @Inject
    private Reconsent reconsent;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.isUserInRole(Principals.MEMBER_ROLE)) {
            if (session.getAttribute(CHECKED) == null) {
                boolean owed = archive.reconsentAskedByAVersionInForce()
                        && reconsent.owedByMe().isPresent();
                session.setAttribute(CHECKED, Boolean.TRUE);
                if (owed) {
                    session.setAttribute(OWED, Boolean.TRUE);
                    if (!PAGE.equals(page(request))) {
                        response.sendRedirect(request.getContextPath() + PAGE);
                        return;
                    }
                }
            } else if (session.getAttribute(OWED) != null && !OPEN_MEANWHILE.contains(page(request))) {
                response.sendRedirect(request.getContextPath() + PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The member agreed: every page is open again. */
    public static void answered(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(OWED);
        }
    }

    private static String page(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
    }
}
