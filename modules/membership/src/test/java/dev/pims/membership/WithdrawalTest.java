package dev.pims.membership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.shared.DataCategory;
import org.junit.jupiter.api.Test;

class WithdrawalTest {

    @Test
    void theLegalRepresentativesCategoryIsNamedOnlyWhenOneLeftWithTheAccount() {
        assertThat(new Withdrawal(7, true).accessedCategories()).contains(DataCategory.LEGAL_REPRESENTATIVE);
        assertThat(new Withdrawal(7, false).accessedCategories())
                .doesNotContain(DataCategory.LEGAL_REPRESENTATIVE)
                .contains(DataCategory.ACCOUNT, DataCategory.BASIC_PROFILE);
    }
}
