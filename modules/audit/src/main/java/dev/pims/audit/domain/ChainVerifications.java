package dev.pims.audit.domain;

import dev.pims.audit.ChainVerificationView;
import java.util.List;

/** The result of every verification of the chain (append-only), for the auditors' page and the record. */
public interface ChainVerifications {

    void save(ChainVerificationView result);

    /** The latest results, newest first. */
    List<ChainVerificationView> latest(int max);
}
