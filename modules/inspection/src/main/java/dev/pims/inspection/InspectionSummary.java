package dev.pims.inspection;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One report in the list of reports. A class with getters, because pages bind to it. */
public class InspectionSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String period;
    private final LocalDateTime createdAt;
    private final String createdBy;
    private final int flags;
    private final int unreviewed;
    private final LocalDateTime signedOffAt;

    public InspectionSummary(String period, LocalDateTime createdAt, String createdBy, int flags, int unreviewed,
            LocalDateTime signedOffAt) {
        this.period = period;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.flags = flags;
        this.unreviewed = unreviewed;
        this.signedOffAt = signedOffAt;
    }

    public String getPeriod() {
        return period;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public int getFlags() {
        return flags;
    }

    public int getUnreviewed() {
        return unreviewed;
    }

    public LocalDateTime getSignedOffAt() {
        return signedOffAt;
    }

    public boolean isSignedOff() {
        return signedOffAt != null;
    }
}
