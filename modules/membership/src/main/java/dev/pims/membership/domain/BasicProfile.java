package dev.pims.membership.domain;

import dev.pims.membership.ProfileDetails;
import dev.pims.shared.DataCategory;
import dev.pims.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The member's basic information (policy §2A(1)): name, phones, company, department and job title. */
@PersonalData(DataCategory.BASIC_PROFILE)
@Entity
@Table(name = "BASIC_PROFILE")
public class BasicProfile {

    @Id
    @Column(name = "MEMBER_ID")
    private Long memberId;

    @Column(name = "NAME", nullable = false, length = 50)
    private String name;

    @Column(name = "MOBILE_PHONE", nullable = false, length = 20)
    private String mobilePhone;

    /** The mobile number's digits only, which the search by phone reads through an index. */
    @Column(name = "MOBILE_DIGITS", nullable = false, length = 20)
    private String mobileDigits;

    @Column(name = "COMPANY_PHONE", length = 20)
    private String companyPhone;

    @Column(name = "COMPANY", length = 100)
    private String company;

    @Column(name = "DEPARTMENT", length = 100)
    private String department;

    @Column(name = "JOB_TITLE", length = 100)
    private String jobTitle;

    protected BasicProfile() {}

    public BasicProfile(long memberId, ProfileDetails details) {
        this.memberId = memberId;
        takeFrom(details);
    }

    public final void takeFrom(ProfileDetails details) {
        name = details.getName();
        mobilePhone = details.getMobilePhone();
        mobileDigits = digitsOf(mobilePhone);
        companyPhone = details.getCompanyPhone();
        company = details.getCompany();
        department = details.getDepartment();
        jobTitle = details.getJobTitle();
    }

    /** {@code 010-2345-6789} → {@code 01023456789}. */
    public static String digitsOf(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }

    public void copyInto(ProfileDetails details) {
        details.setName(name);
        details.setMobilePhone(mobilePhone);
        details.setCompanyPhone(companyPhone);
        details.setCompany(company);
        details.setDepartment(department);
        details.setJobTitle(jobTitle);
    }

    /** The member's name, as the legal representative of a child under 14 is told it (policy §9). */
    public String getName() {
        return name;
    }

    public Long getMemberId() {
        return memberId;
    }
}
