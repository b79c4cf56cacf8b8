package dev.pims.membership.internal;

import dev.pims.keyring.KeyRing;
import dev.pims.membership.ProfileDetails;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.SeparatedMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.time.Period;

/**
 * Turns a member's data of every category into the one record the separated store keeps. The password hash is
 * not kept: nothing in the separated store may be used to log in (policy §6A: used for no other purpose). The data is
 * kept as JSON sealed by the key ring (safety-measures standard Art. 7), so that the separated store's files alone
 * give none of it away.
 */
@ApplicationScoped
class MemberDataSeparation {

    @Inject
    private KeyRing keys;

    /** Policy §4B: member information is retained one year after withdrawal. */
    static final Period RETENTION_AFTER_WITHDRAWAL = Period.ofYears(1);

    static final String WITHDRAWAL = "WITHDRAWAL";

    SeparatedMember separate(MemberAccount account, ProfileDetails details, LocalDateTime now) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add(
                        "account",
                        Json.createObjectBuilder()
                                .add("email", account.getEmail())
                                .add("joinedAt", account.getJoinedAt().toString())
                                .add("language", account.getLanguage()))
                .add(
                        "basicProfile",
                        Json.createObjectBuilder()
                                .add("name", details.getName())
                                .add("mobilePhone", details.getMobilePhone())
                                .add("companyPhone", orEmpty(details.getCompanyPhone()))
                                .add("company", orEmpty(details.getCompany()))
                                .add("department", orEmpty(details.getDepartment()))
                                .add("jobTitle", orEmpty(details.getJobTitle())))
                .add(
                        "optionalSettings",
                        Json.createObjectBuilder()
                                .add("keepSearchHistory", details.isKeepSearchHistory())
                                .add("serviceNotices", details.isServiceNotices()))
                .add(
                        "applicationForm",
                        Json.createObjectBuilder()
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
        return new SeparatedMember(
                account.getId(),
                now,
                now.plus(RETENTION_AFTER_WITHDRAWAL),
                WITHDRAWAL,
                keys.seal(data.build().toString()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
