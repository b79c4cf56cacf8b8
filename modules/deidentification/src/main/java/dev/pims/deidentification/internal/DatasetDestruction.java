package dev.pims.deidentification.internal;

import dev.pims.deidentification.domain.DatasetRows;
import dev.pims.deidentification.domain.Datasets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/**
 * What destroying a dataset is, for the officer's discarding and the retention rule alike: its rows deleted and its key
 * emptied in one transaction, the report marked with who destroyed it and when.
 */
@ApplicationScoped
class DatasetDestruction {

    @Inject
    private Datasets datasets;

    @Inject
    private DatasetRows rows;

    /** @return whether this call destroyed it (false: it was destroyed already) */
    boolean destroy(long datasetId, String by, LocalDateTime at) {
        if (!datasets.destroy(datasetId, by, at)) {
            return false;
        }
        rows.destroy(datasetId);
        return true;
    }
}
