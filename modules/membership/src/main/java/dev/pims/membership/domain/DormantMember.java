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
 * A dormant member's personal data (policy §4C), kept in the separated store apart from active members' data while the
 * account is a stub in the operational store; it goes back when the member logs in and follows the restore link.
 */
@PersonalData({
    DataCategory.ACCOUNT,
    DataCategory.BASIC_PROFILE,
    DataCategory.OPTIONAL_SETTINGS,
    DataCategory.APPLICATION_FORM,
    DataCategory.LEGAL_REPRESENTATIVE
})
@Entity
@Table(name = "DORMANT_MEMBER")
public class DormantMember {

    @Id
    @Column(name = "MEMBER_ID")
    private Long memberId;

    @Column(name = "DORMANT_SINCE", nullable = false)
    private LocalDateTime dormantSince;

    /** The data of every category, the address included, as JSON sealed by the key ring. */
    @Lob
    @Column(name = "PERSONAL_DATA", nullable = false)
    private String personalData;

    protected DormantMember() {}

    public DormantMember(long memberId, LocalDateTime dormantSince, String personalData) {
        this.memberId = memberId;
        this.dormantSince = dormantSince;
        this.personalData = personalData;
    }

    public Long getMemberId() {
        return memberId;
    }

    public LocalDateTime getDormantSince() {
        return dormantSince;
    }

    public String getPersonalData() {
        return personalData;
    }
}
