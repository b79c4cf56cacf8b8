package dev.pims.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A request as the container hands it over: its TCP peer, plain http or TLS, and its header lines. */
final class FakeRequest {

    private FakeRequest() {}

    static HttpServletRequest from(String peer, boolean tls, Map<String, List<String>> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                FakeRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr", "getRemoteHost" -> peer;
                    case "isSecure" -> tls;
                    case "getScheme" -> tls ? "https" : "http";
                    case "getServerName" -> "pims.example";
                    case "getServerPort" -> 8080;
                    case "getRequestURI" -> "/my/profile";
                    case "getHeader" ->
                        headers.getOrDefault((String) args[0], List.of()).stream()
                                .findFirst()
                                .orElse(null);
                    case "getHeaders" -> Collections.enumeration(headers.getOrDefault((String) args[0], List.of()));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
