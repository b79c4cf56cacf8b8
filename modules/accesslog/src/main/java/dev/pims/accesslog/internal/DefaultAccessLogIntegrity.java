package dev.pims.accesslog.internal;

import dev.pims.accesslog.AccessLogIntegrity;
import dev.pims.audit.records.AccessChain;
import dev.pims.audit.records.AuditingEvent;
import dev.pims.audit.records.ChainVerification;
import dev.pims.audit.records.VerificationProgress;
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
    private AccessChain chain;

    @Resource
    private SessionContext session;

    @Override
    public boolean startVerification() {
        return chain.startVerification(session.getCallerPrincipal().getName());
    }

    @Override
    public VerificationProgress progress() {
        return chain.progress();
    }

    @Override
    public List<ChainVerification> recentVerifications(int max) {
        return chain.recentVerifications(max);
    }

    @Override
    public List<AuditingEvent> recentAuditingEvents(int max) {
        return chain.recentAuditingEvents(max);
    }
}
