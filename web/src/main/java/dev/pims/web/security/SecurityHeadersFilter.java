package dev.pims.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The browser-side protections of every response (policy §7A). The Content-Security-Policy is the one configured
 * for PrimeFaces ({@code primefaces.CSP_POLICY} in web.xml): on Faces pages PrimeFaces sends it again with the
 * page's script nonce, and that copy replaces this one, because two policies would both be enforced. Error pages are
 * covered too: the container renders them in a dispatch of their own, also when it refused the request before any
 * filter ran (a 403 for {@code /WEB-INF/...}).
 * <p>
 * A response to a request made over TLS, to PIMS itself or to the proxy in front of it ({@link TrustedProxyFilter}
 * runs first), also tells the browser by {@value #HSTS} to use nothing but https for this host for a year; over
 * plain http the header would mean nothing, and PIMS reached directly over http stays reachable.
 */
@WebFilter(
        filterName = "SecurityHeadersFilter",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    static final String HSTS = "Strict-Transport-Security";
    /** A year: the browser keeps to https for that long after its latest visit. */
    static final String HSTS_POLICY = "max-age=31536000";

    private String policy;

    @Override
    public void init() {
        policy = getServletContext().getInitParameter("primefaces.CSP_POLICY");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader(HSTS, HSTS_POLICY);
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            // Pages hold personal data: no shared or back-button cache may keep them.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Lets a later Content-Security-Policy replace the one set here instead of adding a second. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
