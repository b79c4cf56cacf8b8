package dev.pims.audit.records;

import java.util.List;

/**
 * The hash chain over the access log, as its auditors see it (safety-measures standard Art. 8): start a verification
 * of the whole chain, follow its progress, and read every verification's result and every start and stop of auditing.
 * Each verification, whether started here or by the daily job, leaves a row in {@code ACCESS_CHAIN_VERIFICATION}; one
 * runs at a time in a server.
 * <p>
 * The audit module's read port for the auditors' side of the log (the accesslog module), which checks the caller's
 * role before it asks: this port checks none, and {@code ArchitectureTest} lets no other module call it.
 */
public interface AccessChain {

    /** The job-run ledger's name of the daily verification. */
    String VERIFICATION_JOB = "audit.chain-verification";
    /** The job-run ledger's name of the retention job. */
    String RETENTION_JOB = "audit.retention";

    /**
     * Starts a verification of the whole chain in the background, unless one is running already.
     *
     * @param requestedBy who asked (a staff principal), as the verification's row names them
     * @return false if one was running already (its progress is what {@link #progress()} shows)
     */
    boolean startVerification(String requestedBy);

    /** The running verification's progress, or the last one's end. */
    VerificationProgress progress();

    /** The latest verifications, newest first. */
    List<ChainVerification> recentVerifications(int max);

    /** The latest starts and stops of auditing (server starts and stops), newest first. */
    List<AuditingEvent> recentAuditingEvents(int max);
}
