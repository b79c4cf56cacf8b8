package dev.pims.shared;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from: the client's IP address and its user agent. The web layer
 * fills it in for every HTTP request; outside a request (timers, start-up jobs) it stays empty and the caller is
 * the system itself. Access records and consent records take their IP address from here.
 */
@RequestScoped
public class RequestOrigin {

    /** What access and consent records hold as the address of work done by the system, not by a person. */
    public static final String SYSTEM_ADDRESS = "system";
    /** The longest user agent kept: the column of the visit records; a longer header is cut. */
    public static final int USER_AGENT_MAX = 500;

    private String clientAddress;
    private String userAgent;

    /** @param userAgent the request's {@code User-Agent} header, null without one; cut to {@link #USER_AGENT_MAX} */
    public void arrivedFrom(String clientAddress, String userAgent) {
        this.clientAddress = clientAddress;
        this.userAgent = cut(userAgent);
    }

    public boolean isHttpRequest() {
        return clientAddress != null;
    }

    public String clientAddress() {
        return clientAddress == null ? SYSTEM_ADDRESS : clientAddress;
    }

    /** The client's {@code User-Agent} header, at most {@link #USER_AGENT_MAX} characters; null without one. */
    public String userAgent() {
        return userAgent;
    }

    static String cut(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        String trimmed = userAgent.strip();
        return trimmed.length() <= USER_AGENT_MAX ? trimmed : trimmed.substring(0, USER_AGENT_MAX);
    }
}
