package dev.pims.audit.internal;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.RefusedRequests;
import dev.pims.audit.records.AccessRecord;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

/**
 * Writes the DENIED record of a refused request in a transaction of its own: the refusal answers with an error
 * page, whose request has no work that could commit the record.
 */
@Stateless
@PermitAll
// The actor's role is read with isCallerInRole, which answers only for roles the bean declares.
@DeclareRoles({
    Principals.MEMBER_ROLE,
    Principals.HANDLER_ROLE,
    Principals.PRIVACY_OFFICER_ROLE,
    Principals.AUDITOR_ROLE,
    Principals.ADMIN_ROLE
})
public class DefaultRefusedRequests implements RefusedRequests {

    /** The width of ACCESS_RECORD.OPERATION; a made-up URI may be longer. */
    private static final int OPERATION_LIMIT = 200;

    @Inject
    private Actors actors;

    @Inject
    private AccessRecorder recorder;

    @Inject
    private Clock clock;

    @Override
    public void record(String operation) {
        Actor actor = actors.current();
        recorder.recordOnItsOwn(new AccessRecord(
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)),
                actor.id(),
                actor.role(),
                actor.clientAddress(),
                List.of(),
                AccessTask.VIEW,
                EnumSet.noneOf(DataCategory.class),
                operation.length() <= OPERATION_LIMIT ? operation : operation.substring(0, OPERATION_LIMIT),
                AccessOutcome.DENIED,
                null,
                null));
    }
}
