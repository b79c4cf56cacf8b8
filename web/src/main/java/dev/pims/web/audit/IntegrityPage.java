package dev.pims.web.audit;

import dev.pims.accesslog.AccessLogIntegrity;
import dev.pims.audit.records.AccessChain;
import dev.pims.audit.records.AuditingEvent;
import dev.pims.audit.records.ChainVerification;
import dev.pims.audit.records.VerificationProgress;
import dev.pims.jobs.JobLedger;
import dev.pims.jobs.JobRunView;
import dev.pims.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /audit/integrity}: the access log's hash chain for auditors (safety-measures standard Art. 8). "Verify now"
 * starts a verification in the background and the page polls its progress; below, every verification's result, the
 * starts and stops of auditing, and the runs of the daily verification and retention jobs.
 */
@Named
@RequestScoped
public class IntegrityPage {

    private static final int SHOWN = 20;

    @Inject
    private AccessLogIntegrity integrity;

    @Inject
    private JobLedger jobs;

    private VerificationProgress progress;
    private List<ChainVerification> verifications;

    public void verifyNow() {
        if (!integrity.startVerification()) {
            Messages.info("integrity.alreadyRunning");
        }
        // Read again for the answer: what the request read before the action (the form's decoding asks for both) is
        // older than the verification, which may even have ended by the time the answer is rendered.
        progress = null;
        verifications = null;
    }

    public VerificationProgress getProgress() {
        if (progress == null) {
            progress = integrity.progress();
        }
        return progress;
    }

    public List<ChainVerification> getVerifications() {
        if (verifications == null) {
            verifications = integrity.recentVerifications(SHOWN);
        }
        return verifications;
    }

    /** The latest verification's result, or null before the first. */
    public ChainVerification getLatest() {
        return getVerifications().isEmpty() ? null : getVerifications().get(0);
    }

    public List<AuditingEvent> getAuditingEvents() {
        return integrity.recentAuditingEvents(SHOWN);
    }

    public List<JobRunView> getJobRuns() {
        List<JobRunView> runs = new ArrayList<>(jobs.recentRuns(AccessChain.VERIFICATION_JOB, SHOWN / 2));
        runs.addAll(jobs.recentRuns(AccessChain.RETENTION_JOB, SHOWN / 2));
        return runs;
    }
}
