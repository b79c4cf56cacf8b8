package dev.pims.audit.internal;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.ActorRole;
import dev.pims.audit.AuditingShutdown;
import dev.pims.audit.domain.AuditingEvents;
import dev.pims.audit.records.AccessRecord;
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
import java.util.concurrent.atomic.AtomicBoolean;
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
public class AuditingLifecycle implements AuditingShutdown {

    private static final Logger LOG = Logger.getLogger(AuditingLifecycle.class.getName());

    @Inject
    private AccessRecorder recorder;

    @Inject
    private ChainSealer sealer;

    @Inject
    private Clock clock;

    /** Seals first what an abrupt stop left unsealed, so that the start's record can say so. */
    @PostConstruct
    void started() {
        List<Long> leftovers = sealer.sealLeftovers();
        String detail = leftovers.isEmpty()
                ? null
                : "Sealed at this start " + leftovers.size()
                        + " records an abrupt stop had left unsealed (ids " + leftovers.get(0) + " to "
                        + leftovers.get(leftovers.size() - 1) + ")";
        recorder.recordOnItsOwn(event(AuditingEvents.STARTED, detail));
    }

    private final AtomicBoolean stopRecorded = new AtomicBoolean();

    /**
     * Payara destroys the web application (which shuts the embedded Derby down) before its singletons, so the web
     * application calls this first; the {@code @PreDestroy} is for an undeployment that goes the other way round.
     */
    @Override
    public void recordStop() {
        if (!stopRecorded.compareAndSet(false, true)) {
            return;
        }
        try {
            recorder.recordOnItsOwn(event(AuditingEvents.STOPPED, null));
            sealer.sealHandedOver();
        } catch (RuntimeException tooLate) {
            // The next start will show the missing stop (or seal it); the stop must not keep the server from stopping.
            LOG.log(Level.WARNING, "Could not record the stop of auditing", tooLate);
        }
    }

    @PreDestroy
    void stopped() {
        recordStop();
    }

    private AccessRecord event(String operation, String detail) {
        // A start-up singleton may not ask the container for its caller: the actor is PIMS itself, by definition.
        return new AccessRecord(
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)),
                Actors.SYSTEM_ID,
                ActorRole.SYSTEM,
                RequestOrigin.SYSTEM_ADDRESS,
                List.of(),
                AccessTask.VIEW,
                EnumSet.noneOf(DataCategory.class),
                operation,
                AccessOutcome.SUCCESS,
                null,
                detail);
    }
}
