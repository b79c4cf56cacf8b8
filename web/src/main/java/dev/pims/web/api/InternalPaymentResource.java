package dev.pims.web.api;

import dev.pims.payments.PaymentEvent;
import dev.pims.payments.PaymentRecording;
import dev.pims.payments.PaymentRefusal;
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
import java.util.Set;

/**
 * {@code POST /api/internal/payments}: the main service reports one payment by a member with one of their methods,
 * {@code {memberId, methodId, amount, item}}, the amount in whole won from 1 to {@value PaymentEvent#AMOUNT_MAX}, the
 * item 1 to {@value PaymentEvent#ITEM_MAX} characters (policy §1C, §2A(3)). Answers 204 when recorded; 403 to anybody
 * but a loopback caller with the shared token (recorded as a refused request); 400 for a body that is no JSON object;
 * 422 for an invalid field (named in {@code fields}: {@code methodId} too when the member holds no method of that id)
 * or a member who is not active; 404 for no member of that id ({@link InternalCalls}).
 */
@Path("internal/payments")
public class InternalPaymentResource {

    private static final String OPERATION = "POST /api/internal/payments";

    @Inject
    private PaymentRecording recording;

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
        Long methodId = report.positiveWhole("methodId");
        Long amount = report.positiveWhole("amount");
        // A wrong amount is already named; 0 only lets the record be built and checked for the item.
        PaymentEvent event = report.checked(new PaymentEvent(amount == null ? 0 : amount, report.text("item")));
        report.answerIfInvalid();
        try {
            recording.record(memberId, methodId, event);
        } catch (PaymentRefusal refused) {
            throw switch (refused.reason()) {
                case NO_SUCH_MEMBER ->
                    InternalCalls.answer(Response.Status.NOT_FOUND.getStatusCode(), "no-such-member");
                case MEMBER_NOT_ACTIVE -> InternalCalls.answer(ReportFields.UNPROCESSABLE, "member-not-active");
                case NO_SUCH_METHOD -> ReportFields.invalidAnswer(Set.of("methodId"));
                // The form's reasons come from adding a method, never from recording a payment.
                default -> refused;
            };
        }
        return Response.noContent().build();
    }
}
