package dev.pims.staff.domain;

import dev.pims.staff.RightsChange;
import dev.pims.staff.RightsChangeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One grant, change or revocation of a staff member's access rights, or the creation or removal of their account:
 * when (UTC), who did it, whose rights, what, which role or data category, and why. Kept at least three years and
 * never changed: the database refuses UPDATE and DELETE (safety-measures standard Art. 5(3); policy §7B).
 */
@Entity
@Table(name = "ACCESS_RIGHTS_RECORD")
@NamedQuery(
        name = "AccessRightsRecord.newestFirst",
        query = "SELECT r FROM AccessRightsRecord r ORDER BY r.occurredAt DESC, r.id DESC")
@NamedQuery(name = "AccessRightsRecord.count", query = "SELECT COUNT(r) FROM AccessRightsRecord r")
public class AccessRightsRecord {

    /** Given at persist time (allocation size 1), so that ids follow the order in which records were made. */
    @Id
    @SequenceGenerator(name = "accessRightsRecordIds", sequenceName = "ACCESS_RIGHTS_RECORD_SEQ", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accessRightsRecordIds")
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "ACTOR_ID", nullable = false, updatable = false, length = 100)
    private String actorId;

    @Column(name = "TARGET_LOGIN_ID", nullable = false, updatable = false, length = 50)
    private String targetLoginId;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANGE_KIND", nullable = false, updatable = false, length = 20)
    private RightsChangeKind kind;

    @Column(name = "RIGHT_NAME", updatable = false, length = 30)
    private String rightName;

    @Column(name = "REASON", nullable = false, updatable = false, length = 500)
    private String reason;

    protected AccessRightsRecord() {}

    /** @param rightName the role or data category, or null for the creation or removal of an account */
    public AccessRightsRecord(
            LocalDateTime occurredAt,
            String actorId,
            String targetLoginId,
            RightsChangeKind kind,
            String rightName,
            String reason) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.targetLoginId = targetLoginId;
        this.kind = kind;
        this.rightName = rightName;
        this.reason = reason;
    }

    /** The record as a line of the access-rights history. */
    public RightsChange toChange() {
        return new RightsChange(occurredAt, actorId, targetLoginId, kind, rightName, reason);
    }
}
