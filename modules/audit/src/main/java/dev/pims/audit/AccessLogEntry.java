package dev.pims.audit;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One access record as an auditor reads it: every field, and the data subjects by id only (an auditor never sees
 * member data).
 *
 * @param categories the category names, comma-separated, as the record holds them
 * @param subjectIds the data subjects by id
 */
public record AccessLogEntry(long id, LocalDateTime occurredAt, String actorId, ActorRole actorRole, String clientIp,
        AccessTask task, String categories, String operation, AccessOutcome outcome, String reason, String detail,
        List<Long> subjectIds) implements Serializable {

    public AccessLogEntry {
        subjectIds = List.copyOf(subjectIds);
    }

    /** The subject ids, space-separated, for a table cell or a CSV field. */
    public String subjects() {
        return String.join(" ", subjectIds.stream().map(String::valueOf).toList());
    }
}
