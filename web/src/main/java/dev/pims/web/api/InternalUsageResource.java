package dev.pims.web.api;

import dev.pims.usage.UsageEvent;
import dev.pims.usage.UsageKind;
import dev.pims.usage.UsageRecording;
import dev.pims.usage.UsageRefusal;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/internal/usage}: the main service reports one use by a member, {@code {memberId, kind, detail}}
 * (policy §2A(2)). Answers 204 when recorded; 403 to anybody but a loopback caller with the shared token (recorded as
 * a refused request); 400 for a body that is no JSON object; 422 for an invalid field (named in {@code fields}) or a
 * member who is not active; 404 for no member of that id ({@link InternalCalls}).
 */
@Path("internal/usage")
public class InternalUsageResource {

    private static final String OPERATION = "POST /api/internal/usage";

    @Inject
    private UsageRecording recording;

    @Inject
    private InternalCalls calls;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response report(@HeaderParam(InternalCallers.TOKEN_HEADER) String token, String body) {
        ReportFields report = calls.admit(OPERATION, token, request.getRemoteAddr(), body);
        Long memberId = report.memberId();
        UsageEvent event =
                report.checked(new UsageEvent(report.constant("kind", UsageKind.class), report.text("detail")));
        report.answerIfInvalid();
        try {
            recording.record(memberId, event);
        } catch (UsageRefusal refused) {
            throw switch (refused.reason()) {
                case NO_SUCH_MEMBER ->
                    InternalCalls.answer(Response.Status.NOT_FOUND.getStatusCode(), "no-such-member");
                case MEMBER_NOT_ACTIVE -> InternalCalls.answer(ReportFields.UNPROCESSABLE, "member-not-active");
            };
        }
        return Response.noContent().build();
    }
}
