package dev.pims.audit.records;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.ActorRole;
import dev.pims.shared.DataCategory;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One access to personal data: who (actor id and role), when (UTC, to the second at least), from where (client IP),
 * whose data (the data subjects, by id only: an auditor never sees member data), what task, which categories, through
 * which operation, and how it ended. Kept at least two years and never changed (Korean safety-measures standard,
 * Art. 8; policy §7). The audited road writes it once, without an id (the store gives it one), and it is sealed into
 * the hash chain right after its transaction commits (ADR 0003); the auditors read it back, with its id, as stored.
 *
 * @param id         the store's id; null for a record the road has not written yet
 * @param categories the category names, sorted and comma-separated, as the record holds them
 * @param subjectIds the data subjects by id, ascending
 */
public record AccessRecord(
        Long id,
        LocalDateTime occurredAt,
        String actorId,
        ActorRole actorRole,
        String clientIp,
        AccessTask task,
        String categories,
        String operation,
        AccessOutcome outcome,
        String reason,
        String detail,
        List<Long> subjectIds)
        implements Serializable {

    private static final int TEXT_LIMIT = 500;

    public AccessRecord {
        subjectIds = List.copyOf(subjectIds);
    }

    /**
     * A record the road is about to write, in the form the store keeps and the chain hashes: the time to the
     * microsecond, each subject once and ascending, the categories sorted by name, a reason or detail clipped to what
     * the store holds.
     */
    public AccessRecord(
            LocalDateTime occurredAt,
            String actorId,
            ActorRole actorRole,
            String clientIp,
            Collection<Long> subjectIds,
            AccessTask task,
            Set<DataCategory> categories,
            String operation,
            AccessOutcome outcome,
            String reason,
            String detail) {
        // PostgreSQL (production) keeps microseconds; the hash must see exactly what the store gives back.
        this(
                null,
                occurredAt.truncatedTo(ChronoUnit.MICROS),
                actorId,
                actorRole,
                clientIp,
                task,
                categories.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                operation,
                outcome,
                clipped(reason),
                clipped(detail),
                subjectIds.stream().distinct().sorted().toList());
    }

    /** The subject ids, space-separated, for a table cell or a CSV field. */
    public String subjects() {
        return String.join(" ", subjectIds.stream().map(String::valueOf).toList());
    }

    /** The subjects as the record's row keeps them ({@code SUBJECT_IDS}): ascending ids, comma-separated. */
    public static String subjectList(long[] sortedSubjects) {
        return Arrays.stream(sortedSubjects).mapToObj(Long::toString).collect(Collectors.joining(","));
    }

    /** The subjects of a record's row, ascending. */
    public static long[] subjectsOf(String subjectList) {
        if (subjectList == null || subjectList.isEmpty()) {
            return new long[0];
        }
        return Arrays.stream(subjectList.split(","))
                .mapToLong(Long::parseLong)
                .sorted()
                .toArray();
    }

    /** Reasons are typed by people; the record keeps what fits rather than losing the access. */
    private static String clipped(String text) {
        return text == null || text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT);
    }
}
