package dev.pims.web.security;

import dev.pims.staff.StaffConsoleRefusals;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets only the addresses of the system property {@value #ALLOWED_ADDRESSES} reach the staff console, its login page
 * included (safety-measures standard Art. 6: access to the system limited by address); empty or unset allows every
 * address. A refused request gets 403 and is recorded. The property is read at each request, so that an operator can
 * narrow or widen the list without a restart. The address is the client's, as in {@link RequestOriginFilter}: behind
 * the balancer, the address the client reached it from.
 */
@WebFilter(
        filterName = "StaffConsoleAddressFilter",
        urlPatterns = {"/admin/*", "/audit/*"})
public class StaffConsoleAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ALLOWED_ADDRESSES = "pims.admin.allowed-addresses";

    @Inject
    private StaffConsoleRefusals refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = request.getRemoteAddr();
        if (AddressAllowList.parse(System.getProperty(ALLOWED_ADDRESSES)).allows(client)) {
            chain.doFilter(request, response);
            return;
        }
        refusals.refusedAddress(client, request.getRequestURI());
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
