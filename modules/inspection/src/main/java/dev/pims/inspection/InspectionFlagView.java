package dev.pims.inspection;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One flag of a report and its review. A class with getters, because pages bind to it. */
public class InspectionFlagView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final FlagKind kind;
    private final String actorId;
    private final LocalDate day;
    private final long observed;
    private final Long recordId;
    private final String detail;
    private final LocalDateTime reviewedAt;
    private final String reviewedBy;
    private final String reviewNote;

    public InspectionFlagView(long id, FlagKind kind, String actorId, LocalDate day, long observed, Long recordId,
            String detail, LocalDateTime reviewedAt, String reviewedBy, String reviewNote) {
        this.id = id;
        this.kind = kind;
        this.actorId = actorId;
        this.day = day;
        this.observed = observed;
        this.recordId = recordId;
        this.detail = detail;
        this.reviewedAt = reviewedAt;
        this.reviewedBy = reviewedBy;
        this.reviewNote = reviewNote;
    }

    public long getId() {
        return id;
    }

    public FlagKind getKind() {
        return kind;
    }

    public String getActorId() {
        return actorId;
    }

    /** The day in the inspection's time zone. */
    public LocalDate getDay() {
        return day;
    }

    /** What was counted: distinct subjects, off-hours records, denied attempts; 1 for a download or an address. */
    public long getObserved() {
        return observed;
    }

    /** The access record of a download, else null. */
    public Long getRecordId() {
        return recordId;
    }

    /** A download's reason, or the new address. */
    public String getDetail() {
        return detail;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public boolean isReviewed() {
        return reviewedAt != null;
    }
}
