package dev.pims.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.shared.DataCategory;
import dev.pims.staff.StaffRefusal;
import dev.pims.staff.StaffRole;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Least privilege in the account itself: categories only for handlers, never no role, and every change counted. */
class StaffAccountTest {

    private final StaffAccount account =
            new StaffAccount("kim", "hash", EnumSet.of(StaffRole.HANDLER), LocalDateTime.of(2026, 3, 2, 9, 0));

    @Test
    void everyChangeOfRightsCountsUpTheRightsVersion() {
        int before = account.getRightsVersion();
        account.changeRights(Set.of(StaffRole.HANDLER), Set.of(DataCategory.BASIC_PROFILE));
        account.changeRights(Set.of(StaffRole.HANDLER, StaffRole.AUDITOR), Set.of());

        assertThat(account.getRightsVersion()).isEqualTo(before + 2);
        assertThat(account.getRoles()).containsExactly(StaffRole.HANDLER, StaffRole.AUDITOR);
        assertThat(account.getCategories()).isEmpty();
    }

    @Test
    void dataCategoriesGoOnlyWithTheHandlerRole() {
        assertThatThrownBy(() -> account.changeRights(Set.of(StaffRole.AUDITOR), Set.of(DataCategory.ACCOUNT)))
                .isInstanceOfSatisfying(
                        StaffRefusal.class,
                        refusal -> assertThat(refusal.reason())
                                .isEqualTo(StaffRefusal.Reason.CATEGORIES_ONLY_FOR_HANDLERS));
        assertThat(account.getRoles()).containsExactly(StaffRole.HANDLER);
    }

    @Test
    void anAccountKeepsAtLeastOneRole() {
        assertThatThrownBy(() -> account.changeRights(Set.of(), Set.of()))
                .isInstanceOfSatisfying(
                        StaffRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(StaffRefusal.Reason.NO_ROLE));
    }
}
