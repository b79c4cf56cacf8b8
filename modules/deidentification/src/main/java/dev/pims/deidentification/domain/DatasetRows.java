package dev.pims.deidentification.domain;

import java.util.List;

/** The rows of the datasets in the operational store, in the caller's transaction. */
public interface DatasetRows {

    void add(long datasetId, List<DatasetRow> rows);

    /** In the order they were added. */
    List<DatasetRow> of(long datasetId);

    /** Deletes the dataset's rows and answers how many. */
    int destroy(long datasetId);
}
