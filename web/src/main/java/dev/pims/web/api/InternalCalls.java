package dev.pims.web.api;

import dev.pims.audit.RefusedRequests;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What every resource of the internal API does before its own fields, and how it answers an error: a caller
 * {@link InternalCallers} does not admit gets 403 and is recorded as a refused request (policy §7); a body that is no
 * JSON object gets 400; the rest is read through {@link ReportFields}. An error is a {@link WebApplicationException}
 * carrying its JSON answer, {@code {"error": ...}}, so that a resource reads as the steps of one report. The token is
 * read from the configuration at each call, so that it can be changed without a restart. Dependent: it holds nothing of
 * its own, and its package-private methods are called on the instance itself, never through a client proxy.
 */
@Dependent
class InternalCalls {

    @Inject
    private RefusedRequests refusals;

    @Inject
    private Validator validator;

    /**
     * @param operation the request as the refusal's access record names it, e.g. {@code POST /api/internal/usage}
     * @param token     the token the caller presented, null when none
     * @param address   the caller's address (the client's, by {@code web.security.TrustedProxies})
     * @throws WebApplicationException 403 {@code forbidden} or 400 {@code malformed}
     */
    ReportFields admit(String operation, String token, String address, String body) {
        String configured = InternalCallers.configuredToken(
                name -> ConfigProvider.getConfig().getOptionalValue(name, String.class));
        if (!InternalCallers.admit(configured, token, address)) {
            refusals.record(operation);
            throw answer(Response.Status.FORBIDDEN.getStatusCode(), "forbidden");
        }
        return ReportFields.of(body, validator);
    }

    /** An error answer, {@code {"error": error}}. */
    static WebApplicationException answer(int status, String error) {
        return new WebApplicationException(Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("error", error).build().toString())
                .build());
    }
}
