package dev.pims.audit.domain;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.ActorRole;
import dev.pims.shared.DataCategory;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One access to personal data: who (actor id and role), when (UTC, to the second at least), from where (client IP),
 * whose data (the data subjects), what task, which categories, through which operation, and how it ended.
 * Kept at least two years and never changed (Korean safety-measures standard, Art. 8; policy §7).
 */
@Entity
@Table(name = "ACCESS_RECORD")
public class AccessRecord {

    private static final int TEXT_LIMIT = 500;

    @Id
    @SequenceGenerator(name = "accessRecordIds", sequenceName = "ACCESS_RECORD_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accessRecordIds")
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "ACTOR_ID", nullable = false, updatable = false, length = 100)
    private String actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTOR_ROLE", nullable = false, updatable = false, length = 20)
    private ActorRole actorRole;

    @Column(name = "CLIENT_IP", nullable = false, updatable = false, length = 64)
    private String clientIp;

    @Enumerated(EnumType.STRING)
    @Column(name = "TASK", nullable = false, updatable = false, length = 10)
    private AccessTask task;

    @Column(name = "CATEGORIES", nullable = false, updatable = false, length = 200)
    private String categories;

    @Column(name = "OPERATION", nullable = false, updatable = false, length = 200)
    private String operation;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", nullable = false, updatable = false, length = 10)
    private AccessOutcome outcome;

    @Column(name = "REASON", updatable = false, length = 500)
    private String reason;

    @Column(name = "DETAIL", updatable = false, length = 500)
    private String detail;

    /** The record's place in the hash chain, given under the chain head's lock; written once, with the record. */
    @Column(name = "CHAIN_POSITION", updatable = false)
    private Long chainPosition;

    @Column(name = "CHAIN_HASH", updatable = false, length = 64)
    private String chainHash;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ACCESS_RECORD_SUBJECT", joinColumns = @JoinColumn(name = "RECORD_ID"))
    @Column(name = "SUBJECT_ID", nullable = false, updatable = false)
    private Set<Long> subjectIds = new LinkedHashSet<>();

    protected AccessRecord() {
    }

    public AccessRecord(LocalDateTime occurredAt, String actorId, ActorRole actorRole, String clientIp,
            Collection<Long> subjectIds, AccessTask task, Set<DataCategory> categories, String operation,
            AccessOutcome outcome, String reason, String detail) {
        // PostgreSQL (production) keeps microseconds; the hash must see exactly what the store gives back.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actorId = actorId;
        this.actorRole = actorRole;
        this.clientIp = clientIp;
        this.subjectIds = new LinkedHashSet<>(subjectIds);
        this.task = task;
        this.categories = categories.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.operation = operation;
        this.outcome = outcome;
        this.reason = clipped(reason);
        this.detail = clipped(detail);
    }

    /**
     * Gives the record its chain position and its hash over the previous record's hash ({@link AccessChainHashing}).
     * Needs the id, so the record must have been persisted (ids come from a sequence at persist time).
     */
    void chain(long position, String previousHash) {
        if (id == null || chainPosition != null) {
            throw new IllegalStateException("A record is chained once, after it got its id");
        }
        this.chainPosition = position;
        this.chainHash = AccessChainHashing.hash(previousHash, fields());
    }

    /** The values the chain hashes, as they are stored. */
    public AccessChainHashing.Fields fields() {
        return new AccessChainHashing.Fields(id, chainPosition, occurredAt, actorId, actorRole.name(), clientIp,
                task.name(), categories, operation, outcome.name(), reason, detail,
                AccessChainHashing.sorted(subjectIds));
    }

    public Long getChainPosition() {
        return chainPosition;
    }

    public String getChainHash() {
        return chainHash;
    }

    /** Reasons are typed by people; the record keeps what fits rather than losing the access. */
    private static String clipped(String text) {
        return text == null || text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT);
    }

    public Long getId() {
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

    public Set<Long> getSubjectIds() {
        return Set.copyOf(subjectIds);
    }
}
