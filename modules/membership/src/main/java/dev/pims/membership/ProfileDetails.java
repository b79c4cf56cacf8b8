package dev.pims.membership;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The member's data a member may see and modify, by category (policy §2A(1)): basic information, optional
 * settings and the application form. Used by the sign-up form, the profile page and the profile service alike.
 */
public class ProfileDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    // Basic information
    @NotBlank(message = "{pims.field.required}")
    @Size(max = 50, message = "{pims.field.tooLong}")
    @Pattern(regexp = FieldRules.PLAIN_LINE, message = "{pims.field.plainText}")
    private String name;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 20, message = "{pims.field.tooLong}")
    @Pattern(regexp = FieldRules.MOBILE_PHONE, message = "{pims.field.mobilePhone}")
    private String mobilePhone;

    @Size(max = 20, message = "{pims.field.tooLong}")
    @Pattern(regexp = FieldRules.COMPANY_PHONE, message = "{pims.field.companyPhone}")
    private String companyPhone;

    @Size(max = 100, message = "{pims.field.tooLong}")
    @Pattern(regexp = FieldRules.PLAIN_LINE, message = "{pims.field.plainText}")
    private String company;

    @Size(max = 100, message = "{pims.field.tooLong}")
    @Pattern(regexp = FieldRules.PLAIN_LINE, message = "{pims.field.plainText}")
    private String department;

    @Size(max = 100, message = "{pims.field.tooLong}")
    @Pattern(regexp = FieldRules.PLAIN_LINE, message = "{pims.field.plainText}")
    private String jobTitle;

    // Optional settings (application service)
    private boolean keepSearchHistory;
    private boolean serviceNotices;

    // Application form
    @Size(max = 1000, message = "{pims.field.tooLong}")
    @Pattern(regexp = FieldRules.PLAIN_TEXT, message = "{pims.field.plainText}")
    private String intendedUse;

    private Industry industry;

    @Min(value = 0, message = "{pims.field.volume}")
    @Max(value = 100_000_000, message = "{pims.field.volume}")
    private Integer monthlyImageVolume;

    public ProfileDetails copy() {
        ProfileDetails copy = new ProfileDetails();
        copy.name = name;
        copy.mobilePhone = mobilePhone;
        copy.companyPhone = companyPhone;
        copy.company = company;
        copy.department = department;
        copy.jobTitle = jobTitle;
        copy.keepSearchHistory = keepSearchHistory;
        copy.serviceNotices = serviceNotices;
        copy.intendedUse = intendedUse;
        copy.industry = industry;
        copy.monthlyImageVolume = monthlyImageVolume;
        return copy;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public void setMobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
    }

    public String getCompanyPhone() {
        return companyPhone;
    }

    public void setCompanyPhone(String companyPhone) {
        this.companyPhone = companyPhone;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public boolean isKeepSearchHistory() {
        return keepSearchHistory;
    }

    public void setKeepSearchHistory(boolean keepSearchHistory) {
        this.keepSearchHistory = keepSearchHistory;
    }

    public boolean isServiceNotices() {
        return serviceNotices;
    }

    public void setServiceNotices(boolean serviceNotices) {
        this.serviceNotices = serviceNotices;
    }

    public String getIntendedUse() {
        return intendedUse;
    }

    public void setIntendedUse(String intendedUse) {
        this.intendedUse = intendedUse;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

    public Integer getMonthlyImageVolume() {
        return monthlyImageVolume;
    }

    public void setMonthlyImageVolume(Integer monthlyImageVolume) {
        this.monthlyImageVolume = monthlyImageVolume;
    }
}
