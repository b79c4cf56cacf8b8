package dev.pims.audit.internal;

import dev.pims.audit.domain.AuditingEvents;
import dev.pims.audit.records.AccessChain;
import dev.pims.audit.records.AuditingEvent;
import dev.pims.audit.records.ChainVerification;
import dev.pims.audit.records.VerificationProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The chain as the auditors' side reads it (safety-measures standard Art. 8): a verification started on the board that
 * the daily job shares (one at a time), run in the background; the results and the starts and stops of auditing as
 * their repositories keep them.
 */
@ApplicationScoped
class DefaultAccessChain implements AccessChain {

    @Inject
    private VerificationBoard board;

    @Inject
    private BackgroundVerification background;

    @Inject
    private ChainVerifier verifier;

    @Inject
    private AuditingEvents auditingEvents;

    @Override
    public boolean startVerification(String requestedBy) {
        if (!board.tryStart()) {
            return false;
        }
        background.verify(requestedBy);
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
