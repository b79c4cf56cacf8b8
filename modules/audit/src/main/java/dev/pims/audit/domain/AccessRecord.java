package dev.pims.audit.domain;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.ActorRole;
import dev.pims.shared.DataCategory;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One access to personal data: who (actor id and role), when (UTC, to the second at least), from where (client IP),
 * whose data (the data subjects), what task, which categories, through which operation, and how it ended.
 * Kept at least two years and never changed (Korean safety-measures standard, Art. 8; policy §7). Written once, by
 * {@link AccessRecordRepository}, and sealed into the hash chain right after its transaction commits (ADR 0003).
 */
public final class AccessRecord {

    private static final int TEXT_LIMIT = 500;

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
    private final long[] subjectIds;

    public AccessRecord(LocalDateTime occurredAt, String actorId, ActorRole actorRole, String clientIp,
            Collection<Long> subjectIds, AccessTask task, Set<DataCategory> categories, String operation,
            AccessOutcome outcome, String reason, String detail) {
        // PostgreSQL (production) keeps microseconds; the hash must see exactly what the store gives back.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actorId = actorId;
        this.actorRole = actorRole;
        this.clientIp = clientIp;
        this.subjectIds = subjectIds.stream().mapToLong(Long::longValue).distinct().sorted().toArray();
        this.task = task;
        this.categories = categories.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.operation = operation;
        this.outcome = outcome;
        this.reason = clipped(reason);
        this.detail = clipped(detail);
    }

    /** The values the chain hashes, as the row with this id holds them; its chain position is given when sealed. */
    public AccessChainHashing.Fields fields(long id) {
        return new AccessChainHashing.Fields(id, 0, occurredAt, actorId, actorRole.name(), clientIp, task.name(),
                categories, operation, outcome.name(), reason, detail, subjectIds.clone());
    }

    /** The subjects as the record's row keeps them: ascending ids, comma-separated. */
    public static String subjectList(long[] sortedSubjects) {
        return Arrays.stream(sortedSubjects).mapToObj(Long::toString).collect(Collectors.joining(","));
    }

    /** The subjects of a record's row, ascending. */
    public static long[] subjectsOf(String subjectList) {
        if (subjectList == null || subjectList.isEmpty()) {
            return new long[0];
        }
        return Arrays.stream(subjectList.split(",")).mapToLong(Long::parseLong).sorted().toArray();
    }

    /** Reasons are typed by people; the record keeps what fits rather than losing the access. */
    private static String clipped(String text) {
        return text == null || text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT);
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

    public Set<DataCategory> getCategories() {
        EnumSet<DataCategory> result = EnumSet.noneOf(DataCategory.class);
        for (String name : categories.split(",")) {
            if (!name.isEmpty()) {
                result.add(DataCategory.valueOf(name));
            }
        }
        return result;
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

    /** The data subjects' ids, ascending. */
    public long[] getSubjectIds() {
        return subjectIds.clone();
    }

    /** The categories as stored: their names, sorted, comma-separated. */
    public String getCategoryNames() {
        return categories;
    }
}
