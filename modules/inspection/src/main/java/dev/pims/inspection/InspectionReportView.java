package dev.pims.inspection;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A monthly inspection report as the auditor reads it. A class with getters, because pages bind to it. */
public class InspectionReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String period;
    private final String zone;
    private final LocalDateTime createdAt;
    private final String createdBy;
    private final String settings;
    private final LocalDateTime signedOffAt;
    private final String signedOffBy;
    private final String signOffNote;
    private final List<ActorCounts> counts;
    private final List<InspectionFlagView> flags;

    public InspectionReportView(String period, String zone, LocalDateTime createdAt, String createdBy,
            String settings, LocalDateTime signedOffAt, String signedOffBy, String signOffNote,
            List<ActorCounts> counts, List<InspectionFlagView> flags) {
        this.period = period;
        this.zone = zone;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.settings = settings;
        this.signedOffAt = signedOffAt;
        this.signedOffBy = signedOffBy;
        this.signOffNote = signOffNote;
        this.counts = List.copyOf(counts);
        this.flags = List.copyOf(flags);
    }

    public String getPeriod() {
        return period;
    }

    public String getZone() {
        return zone;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** The thresholds the flags were raised with. */
    public String getSettings() {
        return settings;
    }

    public LocalDateTime getSignedOffAt() {
        return signedOffAt;
    }

    public String getSignedOffBy() {
        return signedOffBy;
    }

    public String getSignOffNote() {
        return signOffNote;
    }

    public boolean isSignedOff() {
        return signedOffAt != null;
    }

    public List<ActorCounts> getCounts() {
        return counts;
    }

    public List<InspectionFlagView> getFlags() {
        return flags;
    }

    public long getUnreviewed() {
        return flags.stream().filter(flag -> !flag.isReviewed()).count();
    }
}
