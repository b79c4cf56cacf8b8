package dev.pims.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.membership.GuardianRelationship;
import dev.pims.membership.Industry;
import dev.pims.membership.ProfileDetails;
import dev.pims.membership.domain.LegalRepresentative;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.shared.ConsentPurpose;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one JSON of a withdrawn or dormant member's data reads back as it was written: every category, the absent
 * optional values absent, and a child's legal representative (policy §9) only for a member who has one.
 */
class MemberDataJsonTest {

    private static final LocalDateTime JOINED = LocalDateTime.of(2025, 3, 4, 9, 30);

    @Test
    void aMemberWithoutARepresentativeReadsBackWithoutOne() {
        ProfileDetails details = fullDetails();

        String json = MemberDataJson.of(account("adult@example.com"), details, null);
        MemberDataJson.Restored restored = MemberDataJson.read(json);

        assertThat(json).doesNotContain("legalRepresentative");
        assertThat(restored.email()).isEqualTo("adult@example.com");
        assertThat(restored.details()).usingRecursiveComparison().isEqualTo(details);
        assertThat(restored.representative()).isNull();
    }

    @Test
    void absentOptionalValuesReadBackAsAbsent() {
        ProfileDetails details = new ProfileDetails();
        details.setName("Lee Minimal");
        details.setMobilePhone("010-1111-2222");

        MemberDataJson.Restored restored =
                MemberDataJson.read(MemberDataJson.of(account("minimal@example.com"), details, null));

        assertThat(restored.details()).usingRecursiveComparison().isEqualTo(details);
        assertThat(restored.details().getIndustry()).isNull();
        assertThat(restored.details().getMonthlyImageVolume()).isNull();
    }

    @Test
    void aChildsRepresentativeReadsBackAndMakesTheSameRowWithoutLinks() {
        LocalDateTime requested = JOINED;
        LocalDateTime consented = JOINED.plusDays(2);
        LegalRepresentative row = LegalRepresentative.restored(
                42L,
                "Parent Person",
                "parent@example.com",
                GuardianRelationship.PARENT,
                "ko",
                Set.of(ConsentPurpose.TERMS_OF_USE, ConsentPurpose.PERSONAL_INFORMATION_COLLECTION),
                requested,
                consented);

        String json = MemberDataJson.of(account("child@example.com"), fullDetails(), row);
        MemberDataJson.Restored restored = MemberDataJson.read(json);

        assertThat(restored.representative())
                .isEqualTo(new MemberDataJson.Representative(
                        "Parent Person",
                        "parent@example.com",
                        GuardianRelationship.PARENT,
                        "ko",
                        Set.of(ConsentPurpose.TERMS_OF_USE, ConsentPurpose.PERSONAL_INFORMATION_COLLECTION),
                        requested,
                        consented));
        LegalRepresentative again = restored.representative().toRow(42L);
        assertThat(again)
                .usingRecursiveComparison()
                .as("the same row, every link left out")
                .isEqualTo(row);
        assertThat(again.hasConsented()).isTrue();
        assertThat(again.mayAct(consented.plusDays(1)))
                .as("no access link until asked for")
                .isFalse();
    }

    @Test
    void aRepresentativeWhoHasNotConsentedReadsBackAsNotConsented() {
        LegalRepresentative row = LegalRepresentative.restored(
                7L,
                "Guardian Kim",
                "guardian@example.com",
                GuardianRelationship.GUARDIAN,
                "en",
                Set.of(ConsentPurpose.TERMS_OF_USE),
                JOINED,
                null);

        MemberDataJson.Representative restored = MemberDataJson.read(
                        MemberDataJson.of(account("waiting@example.com"), fullDetails(), row))
                .representative();

        assertThat(restored.consentedAt()).isNull();
        assertThat(restored.toRow(7L).hasConsented()).isFalse();
    }

    private static MemberAccount account(String email) {
        return new MemberAccount(email, "hash", "ko", JOINED, "token-hash", JOINED.plusHours(24));
    }

    private static ProfileDetails fullDetails() {
        ProfileDetails details = new ProfileDetails();
        details.setName("Kim Full");
        details.setMobilePhone("010-2345-6789");
        details.setCompanyPhone("02-123-4567");
        details.setCompany("Example Co.");
        details.setDepartment("Data Platform");
        details.setJobTitle("Engineer");
        details.setKeepSearchHistory(true);
        details.setServiceNotices(false);
        details.setIntendedUse("Product images");
        details.setIndustry(Industry.FASHION);
        details.setMonthlyImageVolume(20_000);
        return details;
    }
}
