package dev.pims.membership.domain;

import dev.pims.shared.DataCategory;
import dev.pims.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * That a member withdrew, when and how: the "record of contracts or withdrawals" kept five years (policy §4B).
 * It names the member by id only; the personal data itself is in the separated store.
 */
@PersonalData(DataCategory.ACCOUNT)
@Entity
@Table(name = "WITHDRAWAL_RECORD")
public class WithdrawalRecord {

    /** How the withdrawal was asked for. */
    public enum Channel {
        /** The member on their own withdrawal page. */
        SELF_SERVICE,
        /** A handler on the member's request by phone. */
        PHONE,
        /** A handler on the member's request by e-mail. */
        EMAIL,
        /** The legal representative of a member under 14, by the link mailed to them (policy §9, §11). */
        LEGAL_REPRESENTATIVE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "MEMBER_ID", nullable = false)
    private Long memberId;

    @Column(name = "WITHDRAWN_AT", nullable = false)
    private LocalDateTime withdrawnAt;

    @Column(name = "CHANNEL", nullable = false, length = 20)
    private String channel;

    @Column(name = "CLIENT_IP", nullable = false, length = 64)
    private String clientIp;

    protected WithdrawalRecord() {}

    public WithdrawalRecord(long memberId, LocalDateTime withdrawnAt, Channel channel, String clientIp) {
        this.memberId = memberId;
        this.withdrawnAt = withdrawnAt;
        this.channel = channel.name();
        this.clientIp = clientIp;
    }

    public Long getMemberId() {
        return memberId;
    }

    public LocalDateTime getWithdrawnAt() {
        return withdrawnAt;
    }
}
