package dev.pims.membership.domain;

import dev.pims.membership.Industry;
import dev.pims.membership.ProfileDetails;
import dev.pims.shared.DataCategory;
import dev.pims.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The additional information of the "application form" (policy §2A(1)). */
@PersonalData(DataCategory.APPLICATION_FORM)
@Entity
@Table(name = "APPLICATION_FORM")
public class ApplicationForm {

    @Id
    @Column(name = "MEMBER_ID")
    private Long memberId;

    @Column(name = "INTENDED_USE", length = 1000)
    private String intendedUse;

    @Enumerated(EnumType.STRING)
    @Column(name = "INDUSTRY", length = 20)
    private Industry industry;

    @Column(name = "MONTHLY_IMAGE_VOLUME")
    private Integer monthlyImageVolume;

    protected ApplicationForm() {}

    public ApplicationForm(long memberId, ProfileDetails details) {
        this.memberId = memberId;
        takeFrom(details);
    }

    public final void takeFrom(ProfileDetails details) {
        intendedUse = details.getIntendedUse();
        industry = details.getIndustry();
        monthlyImageVolume = details.getMonthlyImageVolume();
    }

    public void copyInto(ProfileDetails details) {
        details.setIntendedUse(intendedUse);
        details.setIndustry(industry);
        details.setMonthlyImageVolume(monthlyImageVolume);
    }

    public Long getMemberId() {
        return memberId;
    }
}
