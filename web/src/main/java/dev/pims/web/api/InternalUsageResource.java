package dev.pims.web.api;

import dev.pims.audit.RefusedRequests;
import dev.pims.usage.UsageEvent;
import dev.pims.usage.UsageKind;
import dev.pims.usage.UsageRecording;
import dev.pims.usage.UsageRefusal;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code POST /api/internal/usage}: the main service reports one use by a member, {@code {memberId, kind, detail}}
 * (policy §2A(2)). Answers 204 when recorded; 403 to anybody but a loopback caller with the shared token (recorded as
 * a refused request); 400 for a body that is no JSON object; 422 for an invalid field (named in {@code fields}) or a
 * member who is not active; 404 for no member of that id. Errors are JSON, {@code {"error": ...}}. The token is read
 * from the configuration at each request, so that it can be changed without a restart.
 */
@Path("internal/usage")
public class InternalUsageResource {

    private static final int UNPROCESSABLE = 422;

    @Inject
    private UsageRecording recording;

    @Inject
    private RefusedRequests refusals;

    @Inject
    private Validator validator;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response report(@HeaderParam(InternalCallers.TOKEN_HEADER) String token, String body) {
        String configured = ConfigProvider.getConfig()
                .getOptionalValue(InternalCallers.TOKEN_PROPERTY, String.class)
                .orElse(null);
        if (!InternalCallers.admit(configured, token, request.getRemoteAddr())) {
            refusals.record("POST /api/internal/usage");
            return error(Response.Status.FORBIDDEN.getStatusCode(), "forbidden");
        }
        JsonObject report;
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            report = reader.readObject();
        } catch (JsonException | IllegalStateException malformed) {
            return error(Response.Status.BAD_REQUEST.getStatusCode(), "malformed");
        }
        Set<String> invalid = new TreeSet<>();
        Long memberId = memberIdOf(report.get("memberId"));
        UsageKind kind = kindOf(report.get("kind"));
        JsonValue detailValue = report.getOrDefault("detail", JsonValue.NULL);
        if (memberId == null) {
            invalid.add("memberId");
        }
        if (kind == null) {
            invalid.add("kind");
        }
        if (detailValue.getValueType() != JsonValue.ValueType.NULL
                && detailValue.getValueType() != JsonValue.ValueType.STRING) {
            invalid.add("detail");
        }
        UsageEvent event = new UsageEvent(kind, detailValue instanceof JsonString text ? text.getString() : null);
        for (ConstraintViolation<UsageEvent> violation : validator.validate(event)) {
            invalid.add(violation.getPropertyPath().toString());
        }
        if (!invalid.isEmpty()) {
            JsonArrayBuilder fields = Json.createArrayBuilder();
            invalid.forEach(fields::add);
            return Response.status(UNPROCESSABLE)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.createObjectBuilder()
                            .add("error", "invalid")
                            .add("fields", fields)
                            .build()
                            .toString())
                    .build();
        }
        try {
            recording.record(memberId, event);
        } catch (UsageRefusal refused) {
            return switch (refused.reason()) {
                case NO_SUCH_MEMBER -> error(Response.Status.NOT_FOUND.getStatusCode(), "no-such-member");
                case MEMBER_NOT_ACTIVE -> error(UNPROCESSABLE, "member-not-active");
            };
        }
        return Response.noContent().build();
    }

    /** A positive whole number, else null. */
    private static Long memberIdOf(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                long id = number.longValueExact();
                return id > 0 ? id : null;
            } catch (ArithmeticException tooLarge) {
                return null;
            }
        }
        return null;
    }

    /** One of the kinds by its exact name, else null. */
    private static UsageKind kindOf(JsonValue value) {
        if (value instanceof JsonString name) {
            for (UsageKind kind : UsageKind.values()) {
                if (kind.name().equals(name.getString())) {
                    return kind;
                }
            }
        }
        return null;
    }

    private static Response error(int status, String error) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("error", error).build().toString())
                .build();
    }
}
