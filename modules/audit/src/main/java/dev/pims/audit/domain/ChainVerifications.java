package dev.pims.audit.domain;

import dev.pims.audit.records.ChainVerification;
import java.util.List;

/** The result of every verification of the chain (append-only), for the auditors' page and the record. */
public interface ChainVerifications {

    void save(ChainVerification result);

    /** The latest results, newest first. */
    List<ChainVerification> latest(int max);
}
