package dev.pims.audit.testing;

import dev.pims.audit.internal.AccessRecorder;
import dev.pims.audit.internal.ChainSealer;
import dev.pims.audit.internal.ChainVerifier;
import dev.pims.audit.internal.SealingBatches;
import dev.pims.audit.records.AccessRecord;
import dev.pims.audit.records.ChainVerification;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The access log's machinery, driven by a test inside the server (an in-container test deploys this package and
 * injects it): what the sealer, the start and the verification do on their own time, done when the test asks, so that
 * it can read the chain right after. It writes no table itself; the audit module's own beans do.
 */
@Dependent
public class AuditControls {

    @Inject
    private ChainSealer sealer;

    @Inject
    private SealingBatches batches;

    @Inject
    private AccessRecorder recorder;

    @Inject
    private ChainVerifier verifier;

    /**
     * Seals every record handed over to the sealer so far, in the calling thread, and returns when they are in the
     * chain (the sealer does it within a quarter of a second on its own).
     */
    public void sealNow() {
        sealer.sealHandedOver();
    }

    /**
     * What a start does before it records {@code Auditing.started}: seals what is committed and unsealed near the end
     * of the chain, in a transaction of its own, without waiting for this instance's sealer (as another instance's
     * start would not wait for it).
     *
     * @return the ids sealed
     */
    public List<Long> sealLeftoversAsAStartDoes() {
        return batches.sealLeftovers();
    }

    /**
     * Writes an access record as the audited road writes a denied or failed call's, in a transaction of its own, and
     * hands it to the sealer.
     */
    public void recordOnItsOwn(AccessRecord record) {
        recorder.recordOnItsOwn(record);
    }

    /**
     * Verifies the chain in the calling thread, as the daily job does (an auditor's request runs the same walk in the
     * background), and saves the result.
     *
     * @param requestedBy who asked, as the saved verification names it
     */
    public ChainVerification verify(String requestedBy) {
        return verifier.verify(requestedBy, total -> {}, checked -> {});
    }
}
