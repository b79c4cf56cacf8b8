package dev.pims.deidentification.domain;

import dev.pims.deidentification.DatasetReport;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The datasets' reports and sealed keys in the operational store, in the caller's transaction. */
public interface Datasets {

    /** Adds the report (its id and sign-off ignored) with the sealed key, and answers it with its id. */
    DatasetReport add(DatasetReport report, String sealedKey);

    Optional<DatasetReport> byId(long id);

    /** Newest first. */
    List<DatasetReport> all();

    /** Signs off a report that is neither signed off nor destroyed; false when it was either. */
    boolean signOff(long id, String by, LocalDateTime at);

    /** Empties the key and marks the report destroyed, unless it is already; false when it was. */
    boolean destroy(long id, String by, LocalDateTime at);

    /** The datasets built before the threshold and not destroyed, oldest first, at most {@code max}. */
    List<DatasetReport> builtBefore(LocalDateTime threshold, int max);

    long countBuiltBefore(LocalDateTime threshold);
}
