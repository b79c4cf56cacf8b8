package dev.pims.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * Hands every later filter and page a request from a trusted proxy as the client made it ({@link ProxiedRequest}):
 * the client's address and, when the client spoke TLS to the proxy, a secure https request. A request from anyone
 * else passes unchanged, so that PIMS reached directly over plain http works as it always did. Mapped first in
 * web.xml, for the error dispatch too, whose request the container hands over unwrapped.
 * <p>
 * The container's own work is not reached by a wrapper: the session cookie's Secure flag follows the container's
 * request ({@link SecureSessionCookie}), and redirects are sent relative (payara-web.xml) so that the browser keeps
 * the scheme it used.
 */
@WebFilter(filterName = "TrustedProxyFilter")
public class TrustedProxyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        TrustedProxies proxies = TrustedProxies.configured();
        String peer = request.getRemoteAddr();
        if (!proxies.trusts(peer)) {
            chain.doFilter(request, response);
            return;
        }
        String client = proxies.clientAddress(peer, lines(request, TrustedProxies.FORWARDED_FOR));
        boolean overTls = proxies.forwardedOverTls(peer, lines(request, TrustedProxies.FORWARDED_PROTO))
                .orElse(request.isSecure());
        chain.doFilter(new ProxiedRequest(request, client, overTls), response);
    }

    private static List<String> lines(HttpServletRequest request, String header) {
        return Collections.list(request.getHeaders(header));
    }
}
