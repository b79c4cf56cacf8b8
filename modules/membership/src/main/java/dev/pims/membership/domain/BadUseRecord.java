package dev.pims.membership.domain;

import dev.pims.membership.RecordedBadUse;
import dev.pims.shared.DataCategory;
import dev.pims.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A record of bad use (policy §2A(2)): which member a handler found misusing the service, when, who and why, and keyed
 * hashes of the member's e-mail address and mobile digits, so that the same person cannot sign up again while the
 * record lives. Kept one year after it was recorded (internal policy, §4B).
 */
@PersonalData(DataCategory.BAD_USE)
@Entity
@Table(name = "BAD_USE_RECORD")
@NamedQuery(
        name = "BadUseRecord.findLiveByEmail",
        query = "SELECT r.id FROM BadUseRecord r WHERE r.emailHmac = :hmac AND r.recordedAt >= :since")
@NamedQuery(
        name = "BadUseRecord.findLiveByMobile",
        query = "SELECT r.id FROM BadUseRecord r WHERE r.mobileHmac = :hmac AND r.recordedAt >= :since")
@NamedQuery(
        name = "BadUseRecord.findOfMember",
        query = "SELECT r FROM BadUseRecord r WHERE r.memberId = :member ORDER BY r.recordedAt DESC, r.id DESC")
public class BadUseRecord {

    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "MEMBER_ID")
    private Long memberId;

    @Column(name = "RECORDED_AT", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "RECORDED_BY", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "REASON", nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "EMAIL_HMAC", length = 64)
    private String emailHmac;

    @Column(name = "MOBILE_HMAC", length = 64)
    private String mobileHmac;

    protected BadUseRecord() {}

    /** @param mobileHmac null when the member gave no mobile number */
    public BadUseRecord(
            Long memberId,
            LocalDateTime recordedAt,
            String recordedBy,
            String reason,
            String emailHmac,
            String mobileHmac) {
        this.memberId = memberId;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.reason = reason;
        this.emailHmac = emailHmac;
        this.mobileHmac = mobileHmac;
    }

    public Long getId() {
        return id;
    }

    /** What the member is shown of it: when and why, not which handler recorded it. */
    public RecordedBadUse toMembersView() {
        return new RecordedBadUse(recordedAt, reason);
    }
}
