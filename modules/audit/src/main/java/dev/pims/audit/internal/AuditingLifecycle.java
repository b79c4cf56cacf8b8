package dev.pims.audit.internal;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.ActorRole;
import dev.pims.audit.domain.AccessRecord;
import dev.pims.shared.DataCategory;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a chained access record when auditing starts (the application is deployed) and when it stops (undeployed,
 * the server shut down), so that a stretch without auditing is visible: a start with no stop before it
 * (safety-measures standard Art. 8).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class AuditingLifecycle {

    private static final Logger LOG = Logger.getLogger(AuditingLifecycle.class.getName());

    @Inject
    private AccessRecorder recorder;

    @Inject
    private Clock clock;

    @PostConstruct
    void started() {
        recorder.recordOnItsOwn(event(JdbcAccessChain.STARTED));
    }

    @PreDestroy
    void stopped() {
        try {
            recorder.recordOnItsOwn(event(JdbcAccessChain.STOPPED));
        } catch (RuntimeException tooLate) {
            // The next start will show the missing stop; the stop must not keep the server from stopping.
            LOG.log(Level.WARNING, "Could not record the stop of auditing", tooLate);
        }
    }

    private AccessRecord event(String operation) {
        // A start-up singleton may not ask the container for its caller: the actor is PIMS itself, by definition.
        return new AccessRecord(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)), Actors.SYSTEM_ID,
                ActorRole.SYSTEM, RequestOrigin.SYSTEM_ADDRESS, List.of(), AccessTask.VIEW,
                EnumSet.noneOf(DataCategory.class), operation, AccessOutcome.SUCCESS, null, null);
    }
}
