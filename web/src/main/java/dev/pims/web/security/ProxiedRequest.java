package dev.pims.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.OptionalInt;

/**
 * A request that came through a trusted proxy ({@link TrustedProxies}), as the client made it to the proxy: its
 * address is the client's, and it is secure, with the https scheme and its port, when the client spoke TLS to the
 * proxy. What reads the request after {@link TrustedProxyFilter} (the request origin, the staff console's allow-list,
 * the internal API, the security headers) sees the client, not the proxy.
 */
final class ProxiedRequest extends HttpServletRequestWrapper {

    private static final int HTTPS_PORT = 443;
    private static final int HTTP_PORT = 80;

    private final String clientAddress;
    private final boolean overTls;

    /** @param overTls whether the client reached the proxy over TLS, as the proxy says or else the connection */
    ProxiedRequest(HttpServletRequest request, String clientAddress, boolean overTls) {
        super(request);
        this.clientAddress = clientAddress;
        this.overTls = overTls;
    }

    @Override
    public String getRemoteAddr() {
        return clientAddress;
    }

    /** The address again: a host name would need a lookup, and the proxy's name is not the client's. */
    @Override
    public String getRemoteHost() {
        return clientAddress;
    }

    @Override
    public boolean isSecure() {
        return overTls;
    }

    @Override
    public String getScheme() {
        return overTls ? "https" : "http";
    }

    /** The port the client asked for: the Host header's (the proxy passes it on), else the scheme's default. */
    @Override
    public int getServerPort() {
        return portOf(getHeader("Host")).orElse(overTls ? HTTPS_PORT : HTTP_PORT);
    }

    @Override
    public StringBuffer getRequestURL() {
        StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
        int port = getServerPort();
        if (port != (overTls ? HTTPS_PORT : HTTP_PORT)) {
            url.append(':').append(port);
        }
        return url.append(getRequestURI());
    }

    /** The port of a Host header ({@code name:port}, {@code [v6]:port}), if it names one. */
    static OptionalInt portOf(String host) {
        if (host == null) {
            return OptionalInt.empty();
        }
        int colon = host.lastIndexOf(':');
        if (colon < 0 || colon < host.lastIndexOf(']')) {
            return OptionalInt.empty();
        }
        String digits = host.substring(colon + 1);
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        int port = Integer.parseInt(digits);
        return port > 0 && port <= 65535 ? OptionalInt.of(port) : OptionalInt.empty();
    }
}
