package dev.pims.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.shared.DataCategory;
import dev.pims.staff.StaffRefusal;
import dev.pims.staff.StaffRole;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Least privilege in the account itself: categories only for handlers, never no role, and every change counted. */
class StaffAccountTest {

    private final StaffAccount account =
            new StaffAccount("kim", "hash", EnumSet.of(StaffRole.HANDLER), LocalDateTime.of(2026, 3, 2, 9, 0));

    @Test
    void everyChangeOfRightsCountsUpTheRightsVersion() {
        int before = account.getRightsVersion();
        account.changeRights(Set.of(StaffRole.HANDLER), Set.of(DataCategory.BASIC_PROFILE));
        account.changeRights(Set.of(StaffRole.HANDLER, StaffRole.ADMIN), Set.of());

        assertThat(account.getRightsVersion()).isEqualTo(before + 2);
        assertThat(account.getRoles()).containsExactly(StaffRole.HANDLER, StaffRole.ADMIN);
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

    @Test
    void anAuditorIsNeverAlsoAHandlerOrAPrivacyOfficer() {
        for (StaffRole other : Set.of(StaffRole.HANDLER, StaffRole.PRIVACY_OFFICER)) {
            assertThatThrownBy(() -> account.changeRights(Set.of(StaffRole.AUDITOR, other), Set.of()))
                    .isInstanceOfSatisfying(
                            StaffRefusal.class,
                            refusal -> assertThat(refusal.reason())
                                    .isEqualTo(StaffRefusal.Reason.AUDITOR_NOT_ALSO_HANDLER_OR_OFFICER));
        }
        assertThat(account.getRoles()).containsExactly(StaffRole.HANDLER);
        account.changeRights(Set.of(StaffRole.AUDITOR, StaffRole.ADMIN), Set.of());
        assertThat(account.getRoles()).containsExactly(StaffRole.AUDITOR, StaffRole.ADMIN);
    }

    @Test
    void aLockExpiresAndEachFurtherLockInARowLastsTwiceAsLong() {
        LocalDateTime start = LocalDateTime.of(2026, 3, 2, 9, 0);
        IntFunction<Duration> lockNumber = locks -> Duration.ofMinutes(Math.min(15L << (locks - 1), 1440));
        for (int i = 1; i < 5; i++) {
            assertThat(account.failedLogin(5, start, lockNumber)).isFalse();
        }
        assertThat(account.failedLogin(5, start, lockNumber))
                .as("the fifth failure locks")
                .isTrue();
        assertThat(account.isLocked(start.plusMinutes(14))).isTrue();
        assertThat(account.isLocked(start.plusMinutes(15)))
                .as("expired, nobody lifted it")
                .isFalse();

        LocalDateTime later = start.plusMinutes(20);
        for (int i = 1; i < 5; i++) {
            assertThat(account.failedLogin(5, later, lockNumber)).isFalse();
        }
        assertThat(account.failedLogin(5, later, lockNumber)).isTrue();
        assertThat(account.isLocked(later.plusMinutes(29)))
                .as("the second lock lasts 30 minutes")
                .isTrue();
        assertThat(account.isLocked(later.plusMinutes(30))).isFalse();

        account.unlock();
        assertThat(account.isLocked(later)).isFalse();
    }
}
