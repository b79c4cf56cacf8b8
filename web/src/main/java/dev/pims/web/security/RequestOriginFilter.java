package dev.pims.web.security;

import dev.pims.shared.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells the request origin where each request came from (address, user agent), before anything reaches personal data. The address is the
 * client's by {@link TrustedProxies}: the TCP peer's, unless that is a configured proxy, whose forwarding header then
 * names the client ({@link TrustedProxyFilter} runs first). Nothing is taken from the Host header: links in mails
 * start with the configured public address ({@code dev.pims.mail.PublicUrl}).
 */
@WebFilter(filterName = "RequestOriginFilter", urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.arrivedFrom(request.getRemoteAddr(), request.getHeader("User-Agent"));
        chain.doFilter(request, response);
    }
}
