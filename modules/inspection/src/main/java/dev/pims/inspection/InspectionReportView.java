package dev.pims.inspection;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A monthly inspection report as the auditor reads it.
 *
 * @param settings the thresholds the flags were raised with
 */
public record InspectionReportView(
        String period,
        String zone,
        LocalDateTime createdAt,
        String createdBy,
        String settings,
        LocalDateTime signedOffAt,
        String signedOffBy,
        String signOffNote,
        List<ActorCounts> counts,
        List<InspectionFlagView> flags)
        implements Serializable {

    public InspectionReportView {
        counts = List.copyOf(counts);
        flags = List.copyOf(flags);
    }

    /** Whether the auditor has signed it off: then nothing of it changes. */
    public boolean signedOff() {
        return signedOffAt != null;
    }

    /** The flags still waiting for a review. */
    public long unreviewed() {
        return flags.stream().filter(flag -> !flag.reviewed()).count();
    }
}
