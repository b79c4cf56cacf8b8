package dev.pims.audit;

import java.time.LocalDateTime;

/**
 * The result of one verification of the access-record chain. When the chain is broken, {@code brokenPosition} and
 * {@code brokenRecordId} name the first broken link (a record may be missing, so either can be null) and
 * {@code problem} says what is wrong there.
 */
public final class ChainVerificationView {

    private final long id;
    private final LocalDateTime startedAt;
    private final LocalDateTime endedAt;
    private final String requestedBy;
    private final long fromPosition;
    private final long toPosition;
    private final long recordsChecked;
    private final ChainOutcome outcome;
    private final Long brokenPosition;
    private final Long brokenRecordId;
    private final String problem;
    private final String headHash;

    public ChainVerificationView(long id, LocalDateTime startedAt, LocalDateTime endedAt, String requestedBy, long fromPosition, long toPosition, long recordsChecked, ChainOutcome outcome, Long brokenPosition, Long brokenRecordId, String problem, String headHash) {
        this.id = id;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.requestedBy = requestedBy;
        this.fromPosition = fromPosition;
        this.toPosition = toPosition;
        this.recordsChecked = recordsChecked;
        this.outcome = outcome;
        this.brokenPosition = brokenPosition;
        this.brokenRecordId = brokenRecordId;
        this.problem = problem;
        this.headHash = headHash;
    }

    public long getId() {
        return id;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public long getFromPosition() {
        return fromPosition;
    }

    public long getToPosition() {
        return toPosition;
    }

    public long getRecordsChecked() {
        return recordsChecked;
    }

    public ChainOutcome getOutcome() {
        return outcome;
    }

    public Long getBrokenPosition() {
        return brokenPosition;
    }

    public Long getBrokenRecordId() {
        return brokenRecordId;
    }

    public String getProblem() {
        return problem;
    }

    public String getHeadHash() {
        return headHash;
    }
}
