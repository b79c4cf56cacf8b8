package dev.pims.audit.records;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.shared.DataCategory;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What an auditor narrows the access log to: any of actor, data subject id, task, category, outcome and a time range
 * (from inclusive, to exclusive, UTC). A form the records page binds to, hence a class with getters and setters.
 */
public class AccessLogFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String actorId;
    private Long subjectId;
    private AccessTask task;
    private DataCategory category;
    private AccessOutcome outcome;
    private LocalDateTime from;
    private LocalDateTime to;

    /** A copy, so that a page can keep the filter a result was found with while the form changes. */
    public AccessLogFilter copy() {
        AccessLogFilter copy = new AccessLogFilter();
        copy.actorId = actorId;
        copy.subjectId = subjectId;
        copy.task = task;
        copy.category = category;
        copy.outcome = outcome;
        copy.from = from;
        copy.to = to;
        return copy;
    }

    /** The filter in words for the access record of an export, e.g. {@code actor=staff:kim task=DOWNLOAD}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "actor", actorId);
        add(parts, "subject", subjectId);
        add(parts, "task", task);
        add(parts, "category", category);
        add(parts, "outcome", outcome);
        add(parts, "from", from);
        add(parts, "to", to);
        return parts.isEmpty() ? "all" : String.join(" ", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parts.add(name + "=" + value);
        }
    }

    public String getActorId() {
        return actorId == null || actorId.isBlank() ? null : actorId.trim();
    }

    public void setActorId(String actorId) {
        this.actorId = actorId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public AccessTask getTask() {
        return task;
    }

    public void setTask(AccessTask task) {
        this.task = task;
    }

    public DataCategory getCategory() {
        return category;
    }

    public void setCategory(DataCategory category) {
        this.category = category;
    }

    public AccessOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AccessOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }
}
