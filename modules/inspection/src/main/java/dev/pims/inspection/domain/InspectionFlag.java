package dev.pims.inspection.domain;

import dev.pims.inspection.FlagKind;
import dev.pims.inspection.InspectionFlagView;
import dev.pims.inspection.InspectionRefusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Something the monthly inspection found worth a look (safety-measures standard Art. 8), and the auditor's review of
 * it: who reviewed it, when, and their note. What was found never changes; a review is given once.
 */
@Entity
@Table(name = "INSPECTION_FLAG")
public class InspectionFlag {

    private static final int DETAIL_LIMIT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "REPORT_ID", nullable = false, updatable = false)
    private InspectionReport report;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, updatable = false, length = 20)
    private FlagKind kind;

    @Column(name = "ACTOR_ID", nullable = false, updatable = false, length = 100)
    private String actorId;

    @Column(name = "DAY", nullable = false, updatable = false)
    private LocalDate day;

    @Column(name = "OBSERVED", nullable = false, updatable = false)
    private long observed;

    @Column(name = "RECORD_ID", updatable = false)
    private Long recordId;

    @Column(name = "DETAIL", updatable = false, length = DETAIL_LIMIT)
    private String detail;

    @Column(name = "REVIEWED_AT")
    private LocalDateTime reviewedAt;

    @Column(name = "REVIEWED_BY", length = 100)
    private String reviewedBy;

    @Column(name = "REVIEW_NOTE", length = 1000)
    private String reviewNote;

    @Version
    @Column(name = "VERSION")
    private int version;

    protected InspectionFlag() {}

    public InspectionFlag(FlagKind kind, String actorId, LocalDate day, long observed, Long recordId, String detail) {
        this.kind = kind;
        this.actorId = actorId;
        this.day = day;
        this.observed = observed;
        this.recordId = recordId;
        this.detail = detail == null || detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT);
    }

    void belongTo(InspectionReport owner) {
        this.report = owner;
    }

    /** @throws InspectionRefusal SIGNED_OFF once the report is final */
    public void review(String by, LocalDateTime at, String note) {
        if (report.isSignedOff()) {
            throw new InspectionRefusal(InspectionRefusal.Reason.SIGNED_OFF);
        }
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.reviewNote = note;
    }

    public boolean isReviewed() {
        return reviewedAt != null;
    }

    /** The flag and its review as the auditor reads them. */
    public InspectionFlagView toView() {
        return new InspectionFlagView(
                id, kind, actorId, day, observed, recordId, detail, reviewedAt, reviewedBy, reviewNote);
    }

    public FlagKind getKind() {
        return kind;
    }

    public String getActorId() {
        return actorId;
    }

    public LocalDate getDay() {
        return day;
    }

    public long getObserved() {
        return observed;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getDetail() {
        return detail;
    }
}
