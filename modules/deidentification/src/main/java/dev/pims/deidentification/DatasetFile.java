package dev.pims.deidentification;

import dev.pims.audit.AccessDetail;

/** A signed-off dataset as a CSV file. The DOWNLOAD record names the dataset, never a member (they have none here). */
public record DatasetFile(long datasetId, int rows, String csv) implements AccessDetail {

    public String fileName() {
        return "deidentified-dataset-" + datasetId + ".csv";
    }

    @Override
    public String accessDetail() {
        return "de-identified dataset " + datasetId + ": " + rows + " rows";
    }
}
