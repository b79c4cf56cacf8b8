package dev.pims.membership.internal;

import dev.pims.membership.Industry;
import dev.pims.membership.ProfileDetails;
import dev.pims.membership.domain.MemberAccount;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * A member's data of every category as the one JSON text the separated store keeps, sealed, for a withdrawn member and
 * for a dormant one alike; and, for a dormant member coming back, the address and details read back from it. Absent
 * optional values are written as empty text, so they are read back as absent.
 */
final class MemberDataJson {

    /** The address and the details of a dormant member, as they go back to the operational store. */
    record Restored(String email, ProfileDetails details) {}

    /**
     * Looked up once: {@code JSON.createObjectBuilder()} looks the provider up at every call (a class loading through
     * the service loader each time), which was most of the time a separation of 100 000 members took.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private MemberDataJson() {}

    static String of(MemberAccount account, ProfileDetails details) {
        return JSON.createObjectBuilder()
                .add(
                        "account",
                        JSON.createObjectBuilder()
                                .add("email", account.getEmail())
                                .add("joinedAt", account.getJoinedAt().toString())
                                .add("language", account.getLanguage()))
                .add(
                        "basicProfile",
                        JSON.createObjectBuilder()
                                .add("name", details.getName())
                                .add("mobilePhone", details.getMobilePhone())
                                .add("companyPhone", orEmpty(details.getCompanyPhone()))
                                .add("company", orEmpty(details.getCompany()))
                                .add("department", orEmpty(details.getDepartment()))
                                .add("jobTitle", orEmpty(details.getJobTitle())))
                .add(
                        "optionalSettings",
                        JSON.createObjectBuilder()
                                .add("keepSearchHistory", details.isKeepSearchHistory())
                                .add("serviceNotices", details.isServiceNotices()))
                .add(
                        "applicationForm",
                        JSON.createObjectBuilder()
                                .add("intendedUse", orEmpty(details.getIntendedUse()))
                                .add(
                                        "industry",
                                        details.getIndustry() == null
                                                ? ""
                                                : details.getIndustry().name())
                                .add(
                                        "monthlyImageVolume",
                                        details.getMonthlyImageVolume() == null
                                                ? ""
                                                : details.getMonthlyImageVolume()
                                                        .toString()))
                .build()
                .toString();
    }

    static Restored read(String json) {
        JsonObject data;
        try (var reader = JSON.createReader(new StringReader(json))) {
            data = reader.readObject();
        }
        JsonObject profile = data.getJsonObject("basicProfile");
        JsonObject settings = data.getJsonObject("optionalSettings");
        JsonObject form = data.getJsonObject("applicationForm");
        ProfileDetails details = new ProfileDetails();
        details.setName(profile.getString("name"));
        details.setMobilePhone(profile.getString("mobilePhone"));
        details.setCompanyPhone(orNull(profile.getString("companyPhone")));
        details.setCompany(orNull(profile.getString("company")));
        details.setDepartment(orNull(profile.getString("department")));
        details.setJobTitle(orNull(profile.getString("jobTitle")));
        details.setKeepSearchHistory(settings.getBoolean("keepSearchHistory"));
        details.setServiceNotices(settings.getBoolean("serviceNotices"));
        details.setIntendedUse(orNull(form.getString("intendedUse")));
        String industry = orNull(form.getString("industry"));
        details.setIndustry(industry == null ? null : Industry.valueOf(industry));
        String volume = orNull(form.getString("monthlyImageVolume"));
        details.setMonthlyImageVolume(volume == null ? null : Integer.valueOf(volume));
        return new Restored(data.getJsonObject("account").getString("email"), details);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
