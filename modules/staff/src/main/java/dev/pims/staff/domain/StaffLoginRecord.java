package dev.pims.staff.domain;

import dev.pims.staff.StaffLoginOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One event of staff authentication (safety-measures standard Art. 5; policy §7B): a login attempt with the login id
 * that was typed, a lockout, an unlock, a password change, or a request to the staff console refused for its
 * address; when (UTC), from which client address, and how it ended. Never a password.
 */
@Entity
@Table(name = "STAFF_LOGIN_RECORD")
public class StaffLoginRecord {

    private static final int LOGIN_ID_LIMIT = 100;
    private static final int DETAIL_LIMIT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LOGIN_ID", updatable = false, length = LOGIN_ID_LIMIT)
    private String loginId;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "CLIENT_IP", nullable = false, updatable = false, length = 64)
    private String clientIp;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", nullable = false, updatable = false, length = 30)
    private StaffLoginOutcome outcome;

    @Column(name = "DETAIL", updatable = false, length = DETAIL_LIMIT)
    private String detail;

    protected StaffLoginRecord() {}

    public StaffLoginRecord(
            String loginId, LocalDateTime occurredAt, String clientIp, StaffLoginOutcome outcome, String detail) {
        this.loginId = clipped(loginId, LOGIN_ID_LIMIT);
        this.occurredAt = occurredAt;
        this.clientIp = clientIp;
        this.outcome = outcome;
        this.detail = clipped(detail, DETAIL_LIMIT);
    }

    /** What was typed may be anything; the record keeps what fits rather than losing the attempt. */
    private static String clipped(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }
}
