package dev.pims.deidentification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The rows of a dataset leave PIMS or end here, each an access record (policy §3D, §6): a download, once a second
 * privacy officer signed the report off, with its reason; and the privacy officer's discarding of a dataset, with its
 * reason too.
 */
public interface DatasetCustody {

    int REASON_MAX = 200;

    /**
     * The signed-off dataset as CSV: a DOWNLOAD record of service usage and basic profile naming the dataset and the
     * reason, and no member.
     *
     * @throws DatasetRefusal (recorded DENIED) before the sign-off, or for a dataset destroyed or not there
     */
    DatasetFile download(long datasetId, @NotBlank @Size(max = REASON_MAX) String reason);

    /**
     * Destroys the dataset's rows and key now: a DESTROY record naming the dataset and the reason, and no member. Its
     * report stays, saying who discarded it and when.
     *
     * @throws DatasetRefusal (recorded DENIED) for a dataset destroyed already or not there
     */
    DatasetReport discard(long datasetId, @NotBlank @Size(max = REASON_MAX) String reason);
}
