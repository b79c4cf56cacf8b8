package dev.pims.audit.internal;

import dev.pims.audit.AccessLogIntegrity;
import dev.pims.audit.AuditingEvent;
import dev.pims.audit.ChainVerification;
import dev.pims.audit.VerificationProgress;
import dev.pims.audit.domain.AuditingEvents;
import dev.pims.shared.Principals;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The auditors' view of the log's integrity. AUDITOR only, checked by the container: these methods read no member
 * data (positions, record ids, times), so they stay off the audited road; each verification leaves its own record in
 * {@code ACCESS_CHAIN_VERIFICATION}, naming the auditor who asked.
 */
@Stateless
@RolesAllowed(Principals.AUDITOR_ROLE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultAccessLogIntegrity implements AccessLogIntegrity {

    @Inject
    private VerificationBoard board;

    @Inject
    private BackgroundVerification background;

    @Inject
    private ChainVerifier verifier;

    @Inject
    private AuditingEvents auditingEvents;

    @Resource
    private SessionContext session;

    @Override
    public boolean startVerification() {
        if (!board.tryStart()) {
            return false;
        }
        background.verify(session.getCallerPrincipal().getName());
        return true;
    }

    @Override
    public VerificationProgress progress() {
        return board.progress();
    }

    @Override
    public List<ChainVerification> recentVerifications(int max) {
        return verifier.latest(max);
    }

    @Override
    public List<AuditingEvent> recentAuditingEvents(int max) {
        return auditingEvents.latest(max);
    }
}
