package dev.pims.accesslog;

import dev.pims.audit.records.AuditingEvent;
import dev.pims.audit.records.ChainVerification;
import dev.pims.audit.records.VerificationProgress;
import java.util.List;

/**
 * The integrity of the access log, for auditors (safety-measures standard Art. 8): verify the hash chain now, follow
 * the verification's progress, and read every verification's result and every start and stop of auditing. Each
 * verification, whether asked for here or run by the daily job, leaves a row in {@code ACCESS_CHAIN_VERIFICATION}.
 */
public interface AccessLogIntegrity {

    /**
     * Starts a verification of the whole chain in the background, unless one is running already.
     *
     * @return false if one was running already (its progress is what {@link #progress()} shows)
     */
    boolean startVerification();

    /** The running verification's progress, or the last one's end. */
    VerificationProgress progress();

    /** The latest verifications, newest first. */
    List<ChainVerification> recentVerifications(int max);

    /** The latest starts and stops of auditing (server starts and stops), newest first. */
    List<AuditingEvent> recentAuditingEvents(int max);
}
