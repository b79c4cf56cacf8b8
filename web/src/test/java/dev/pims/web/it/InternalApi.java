package dev.pims.web.it;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the internal API (under {@code /api/internal}) as the main service would, from this host. */
final class InternalApi {

    /** The token of server-config/test.properties, which the main service would present. */
    static final String TOKEN = "usage-test-token-2026";

    private InternalApi() {}

    /**
     * @param resource e.g. {@code usage}
     * @param token    the token to present, null for none
     * @param json     the report
     */
    static HttpResponse<String> report(URL base, String resource, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/internal/" + resource))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("X-PIMS-Internal-Token", token);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
