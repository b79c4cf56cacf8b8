package dev.pims.audit;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One access record as an auditor reads it: every field, and the data subjects by id only (an auditor never sees
 * member data). A class with getters, because pages bind to it.
 */
public class AccessLogEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final LocalDateTime occurredAt;
    private final String actorId;
    private final ActorRole actorRole;
    private final String clientIp;
    private final AccessTask task;
    private final String categories;
    private final String operation;
    private final AccessOutcome outcome;
    private final String reason;
    private final String detail;
    private final List<Long> subjectIds;

    public AccessLogEntry(long id, LocalDateTime occurredAt, String actorId, ActorRole actorRole, String clientIp,
            AccessTask task, String categories, String operation, AccessOutcome outcome, String reason, String detail,
            List<Long> subjectIds) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorRole = actorRole;
        this.clientIp = clientIp;
        this.task = task;
        this.categories = categories;
        this.operation = operation;
        this.outcome = outcome;
        this.reason = reason;
        this.detail = detail;
        this.subjectIds = List.copyOf(subjectIds);
    }

    public long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActorId() {
        return actorId;
    }

    public ActorRole getActorRole() {
        return actorRole;
    }

    public String getClientIp() {
        return clientIp;
    }

    public AccessTask getTask() {
        return task;
    }

    /** The category names, comma-separated, as the record holds them. */
    public String getCategories() {
        return categories;
    }

    public String getOperation() {
        return operation;
    }

    public AccessOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }

    public List<Long> getSubjectIds() {
        return subjectIds;
    }

    /** The subject ids, space-separated, for a table cell or a CSV field. */
    public String getSubjects() {
        return String.join(" ", subjectIds.stream().map(String::valueOf).toList());
    }
}
