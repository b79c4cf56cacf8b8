package dev.pims.membership.internal;

import dev.pims.membership.GuardianRelationship;
import dev.pims.membership.Industry;
import dev.pims.membership.ProfileDetails;
import dev.pims.membership.domain.LegalRepresentative;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.shared.ConsentPurpose;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A member's data of every category as the one JSON text the separated store keeps, sealed, for a withdrawn member and
 * for a dormant one alike; and, for a dormant member coming back, the address and details read back from it. Absent
 * optional values are written as empty text, so they are read back as absent. A child under 14's legal representative
 * (policy §9) is the object {@code legalRepresentative}, present only for a member who has one: data written before
 * it existed reads back without one.
 */
final class MemberDataJson {

    /**
     * The address and the details of a dormant member, as they go back to the operational store.
     *
     * @param representative the child's legal representative, null for a member without one
     */
    record Restored(String email, ProfileDetails details, Representative representative) {}

    /**
     * What the legal representative's row needs to be made again (policy §9), links apart: a restored representative asks
     * for a new one.
     *
     * @param consentedAt null while the representative has not consented
     */
    record Representative(
            String name,
            String email,
            GuardianRelationship relationship,
            String language,
            Set<ConsentPurpose> purposes,
            LocalDateTime requestedAt,
            LocalDateTime consentedAt) {

        Representative {
            purposes = Set.copyOf(purposes);
        }

        static Representative of(LegalRepresentative row) {
            return new Representative(
                    row.getName(),
                    row.getEmail(),
                    row.getRelationship(),
                    row.getLanguage(),
                    row.purposes(),
                    row.getRequestedAt(),
                    row.getConsentedAt());
        }

        LegalRepresentative toRow(long memberId) {
            return LegalRepresentative.restored(
                    memberId, name, email, relationship, language, purposes, requestedAt, consentedAt);
        }
    }

    /**
     * Looked up once: {@code JSON.createObjectBuilder()} looks the provider up at every call (a class loading through
     * the service loader each time), which was most of the time a separation of 100 000 members took.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private MemberDataJson() {}

    /** @param representative the child's legal representative, null for a member without one */
    static String of(MemberAccount account, ProfileDetails details, LegalRepresentative representative) {
        JsonObjectBuilder data = JSON.createObjectBuilder()
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
                                                        .toString()));
        if (representative != null) {
            data.add("legalRepresentative", representativeJson(Representative.of(representative)));
        }
        return data.build().toString();
    }

    private static JsonObjectBuilder representativeJson(Representative representative) {
        JsonArrayBuilder purposes = JSON.createArrayBuilder();
        representative.purposes().stream().map(Enum::name).sorted().forEach(purposes::add);
        return JSON.createObjectBuilder()
                .add("name", representative.name())
                .add("email", representative.email())
                .add("relationship", representative.relationship().name())
                .add("language", representative.language())
                .add("purposes", purposes)
                .add("requestedAt", representative.requestedAt().toString())
                .add(
                        "consentedAt",
                        representative.consentedAt() == null
                                ? ""
                                : representative.consentedAt().toString());
    }

    private static Representative representativeOf(JsonObject data) {
        JsonObject representative = data.getJsonObject("legalRepresentative");
        if (representative == null) {
            return null;
        }
        Set<ConsentPurpose> purposes = EnumSet.noneOf(ConsentPurpose.class);
        representative.getJsonArray("purposes").getValuesAs(JsonString.class).stream()
                .map(purpose -> ConsentPurpose.valueOf(purpose.getString()))
                .forEach(purposes::add);
        String consentedAt = orNull(representative.getString("consentedAt"));
        return new Representative(
                representative.getString("name"),
                representative.getString("email"),
                GuardianRelationship.valueOf(representative.getString("relationship")),
                representative.getString("language"),
                purposes,
                LocalDateTime.parse(representative.getString("requestedAt")),
                consentedAt == null ? null : LocalDateTime.parse(consentedAt));
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
        return new Restored(data.getJsonObject("account").getString("email"), details, representativeOf(data));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
