package dev.pims.membership.domain;

import dev.pims.shared.DataCategory;
import dev.pims.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A member's personal data after its purpose was achieved, kept in the separated store (a database of its own)
 * for the retention period and used for nothing else; destroyed when {@code destroyAfter} has passed
 * (policy §4B "member information retention: 1 year", §6A, §11).
 */
@PersonalData({
    DataCategory.ACCOUNT,
    DataCategory.BASIC_PROFILE,
    DataCategory.OPTIONAL_SETTINGS,
    DataCategory.APPLICATION_FORM,
    DataCategory.LEGAL_REPRESENTATIVE
})
@Entity
@Table(name = "SEPARATED_MEMBER")
public class SeparatedMember {

    @Id
    @Column(name = "MEMBER_ID")
    private Long memberId;

    @Column(name = "SEPARATED_AT", nullable = false)
    private LocalDateTime separatedAt;

    @Column(name = "DESTROY_AFTER", nullable = false)
    private LocalDateTime destroyAfter;

    @Column(name = "REASON", nullable = false, length = 40)
    private String reason;

    /** The data of every category as it stood, as JSON sealed by the key ring. */
    @Lob
    @Column(name = "PERSONAL_DATA", nullable = false)
    private String personalData;

    protected SeparatedMember() {}

    public SeparatedMember(
            long memberId, LocalDateTime separatedAt, LocalDateTime destroyAfter, String reason, String personalData) {
        this.memberId = memberId;
        this.separatedAt = separatedAt;
        this.destroyAfter = destroyAfter;
        this.reason = reason;
        this.personalData = personalData;
    }

    public Long getMemberId() {
        return memberId;
    }
}
