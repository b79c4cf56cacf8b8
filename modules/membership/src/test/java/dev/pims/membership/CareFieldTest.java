package dev.pims.membership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.shared.DataCategory;
import org.junit.jupiter.api.Test;

class CareFieldTest {

    @Test
    void aChildsLegalRepresentativeIsShownMaskedUnderItsOwnScopeAndNeverCorrectedByMemberCare() {
        assertThat(CareField.GUARDIAN_NAME.category()).isEqualTo(DataCategory.LEGAL_REPRESENTATIVE);
        assertThat(CareField.GUARDIAN_NAME.shown("홍판서")).isEqualTo("홍*서");
        assertThat(CareField.GUARDIAN_EMAIL.shown("parent@example.com")).isEqualTo("p*****@example.com");
        assertThat(CareField.GUARDIAN_RELATIONSHIP.isMasked()).isFalse();
        assertThat(CareField.GUARDIAN_EMAIL.isCorrectable()).isFalse();
        assertThat(CareField.GUARDIAN_NAME.valueIn(new ProfileDetails())).isNull();
    }
}
