package dev.pims.membership;

import dev.pims.shared.DataCategory;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The fields of a member's data as member care shows them (policy §5, §7B): the category that decides who may see
 * a field, how it is masked until a handler gives a reason to see it, and whether a handler may correct it on the
 * member's request. The e-mail address is not corrected here: a new address must be verified by its owner; nor is a
 * child's legal representative, whom the child's sign-up named and who consented (policy §9).
 */
public enum CareField {
    EMAIL(DataCategory.ACCOUNT, Masking::email, null, null),
    NAME(DataCategory.BASIC_PROFILE, Masking::name, ProfileDetails::getName, ProfileDetails::setName),
    MOBILE_PHONE(
            DataCategory.BASIC_PROFILE, Masking::phone, ProfileDetails::getMobilePhone, ProfileDetails::setMobilePhone),
    COMPANY_PHONE(
            DataCategory.BASIC_PROFILE,
            Masking::phone,
            ProfileDetails::getCompanyPhone,
            ProfileDetails::setCompanyPhone),
    COMPANY(DataCategory.BASIC_PROFILE, null, ProfileDetails::getCompany, ProfileDetails::setCompany),
    DEPARTMENT(DataCategory.BASIC_PROFILE, null, ProfileDetails::getDepartment, ProfileDetails::setDepartment),
    JOB_TITLE(DataCategory.BASIC_PROFILE, null, ProfileDetails::getJobTitle, ProfileDetails::setJobTitle),
    KEEP_SEARCH_HISTORY(
            DataCategory.OPTIONAL_SETTINGS, null, details -> String.valueOf(details.isKeepSearchHistory()), null),
    SERVICE_NOTICES(DataCategory.OPTIONAL_SETTINGS, null, details -> String.valueOf(details.isServiceNotices()), null),
    INTENDED_USE(DataCategory.APPLICATION_FORM, null, ProfileDetails::getIntendedUse, ProfileDetails::setIntendedUse),
    INDUSTRY(
            DataCategory.APPLICATION_FORM,
            null,
            details ->
                    details.getIndustry() == null ? null : details.getIndustry().name(),
            null),
    MONTHLY_IMAGE_VOLUME(
            DataCategory.APPLICATION_FORM,
            null,
            details -> details.getMonthlyImageVolume() == null
                    ? null
                    : details.getMonthlyImageVolume().toString(),
            null),
    /** The legal representative of a member under 14 (policy §9): shown only for a member who has one. */
    GUARDIAN_NAME(DataCategory.LEGAL_REPRESENTATIVE, Masking::name, null, null),
    GUARDIAN_EMAIL(DataCategory.LEGAL_REPRESENTATIVE, Masking::email, null, null),
    GUARDIAN_RELATIONSHIP(DataCategory.LEGAL_REPRESENTATIVE, null, null, null);

    private final DataCategory category;
    private final UnaryOperator<String> mask;
    private final Function<ProfileDetails, String> reader;
    private final BiConsumer<ProfileDetails, String> writer;

    CareField(
            DataCategory category,
            UnaryOperator<String> mask,
            Function<ProfileDetails, String> reader,
            BiConsumer<ProfileDetails, String> writer) {
        this.category = category;
        this.mask = mask;
        this.reader = reader;
        this.writer = writer;
    }

    public DataCategory category() {
        return category;
    }

    /** Whether the field is shown masked until a handler unmasks it with a reason. */
    public boolean isMasked() {
        return mask != null;
    }

    /** Whether a handler may correct the field on the member's request. */
    public boolean isCorrectable() {
        return writer != null;
    }

    /** The value as member care shows it before anyone unmasks it. */
    public String shown(String value) {
        return mask == null || value == null ? value : mask.apply(value);
    }

    /** The field's value in the member's details; the e-mail address is not among them. */
    public String valueIn(ProfileDetails details) {
        return reader == null ? null : reader.apply(details);
    }

    public void writeInto(ProfileDetails details, String value) {
        if (writer == null) {
            throw new IllegalArgumentException(name() + " is not corrected by member care");
        }
        writer.accept(details, value);
    }
}
