package dev.pims.shared;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from: the client's IP address and the public base URL it used. The web layer
 * fills it in for every HTTP request; outside a request (timers, start-up jobs) it stays empty and the caller is
 * the system itself. Access records and consent records take their IP address from here.
 */
@RequestScoped
public class RequestOrigin {

    /** What access and consent records hold as the address of work done by the system, not by a person. */
    public static final String SYSTEM_ADDRESS = "system";

    private String clientAddress;
    private String baseUrl;

    public void arrivedFrom(String clientAddress, String baseUrl) {
        this.clientAddress = clientAddress;
        this.baseUrl = baseUrl;
    }

    public boolean isHttpRequest() {
        return clientAddress != null;
    }

    public String clientAddress() {
        return clientAddress == null ? SYSTEM_ADDRESS : clientAddress;
    }

    /** The scheme, host and port the client used, e.g. {@code http://localhost:8080}; empty outside a request. */
    public String baseUrl() {
        return baseUrl == null ? "" : baseUrl;
    }
}
