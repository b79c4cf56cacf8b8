package dev.pims.audit.internal;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs a verification on a container thread, so that the auditor's request returns at once and the page can poll the
 * progress. Outside any transaction: the walk reads in chunks and may take longer than a transaction timeout.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackgroundVerification {

    @Inject
    private ChainVerifier verifier;

    @Inject
    private VerificationBoard board;

    /** Verifies and ends the board's run; the caller has started it with {@link VerificationBoard#tryStart()}. */
    @Asynchronous
    public void verify(String requestedBy) {
        try {
            verifier.verify(requestedBy, board::total, board::checked);
        } finally {
            board.finish();
        }
    }
}
