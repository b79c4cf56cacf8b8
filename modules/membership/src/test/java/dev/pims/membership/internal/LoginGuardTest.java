package dev.pims.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.membership.LoginRefused;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Guessing slowed and stopped: the delay grows, five failures lock, a lock runs out and the next lasts longer. */
class LoginGuardTest {

    private static final GuessingSettings SETTINGS = new GuessingSettings(
            5,
            Duration.ofMinutes(15),
            Duration.ofMinutes(1440),
            Duration.ofMillis(250),
            Duration.ofMillis(4000),
            10,
            Duration.ofMinutes(15));

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 5, 13, 0);

    private final LoginGuard guard = new LoginGuard();

    @Test
    void eachFailureWaitsLongerAndTheFifthLocksTheAddressForFifteenMinutes() {
        assertThat(guard.failed("a", "1.2.3.4", NOW, SETTINGS).delay()).isEqualTo(Duration.ofMillis(250));
        assertThat(guard.failed("a", "1.2.3.4", NOW, SETTINGS).delay()).isEqualTo(Duration.ofMillis(500));
        assertThat(guard.failed("a", "1.2.3.4", NOW, SETTINGS).delay()).isEqualTo(Duration.ofMillis(1000));
        assertThat(guard.failed("a", "1.2.3.4", NOW, SETTINGS).lockedNow()).isFalse();
        LoginGuard.Failure fifth = guard.failed("a", "1.2.3.4", NOW, SETTINGS);

        assertThat(fifth.lockedNow()).isTrue();
        assertThat(fifth.lock()).isEqualTo(Duration.ofMinutes(15));
        assertThat(guard.refusedBeforeCheck("a", "5.6.7.8", NOW.plusMinutes(14), SETTINGS))
                .contains(LoginRefused.Reason.ADDRESS_LOCKED);
        assertThat(guard.refusedBeforeCheck("b", "5.6.7.8", NOW.plusMinutes(14), SETTINGS))
                .as("another address")
                .isEmpty();
        assertThat(guard.refusedBeforeCheck("a", "5.6.7.8", NOW.plusMinutes(15), SETTINGS))
                .as("the lock ran out")
                .isEmpty();
    }

    @Test
    void theNextLockInARowLastsTwiceAsLongAndASuccessForgetsThem() {
        failTimes("a", 5, NOW);
        LocalDateTime later = NOW.plusMinutes(16);
        failTimes("a", 4, later);
        LoginGuard.Failure fifth = guard.failed("a", "1.2.3.4", later, SETTINGS);

        assertThat(fifth.lock()).isEqualTo(Duration.ofMinutes(30));
        assertThat(guard.currentLock("a", SETTINGS)).isEqualTo(Duration.ofMinutes(30));

        guard.succeeded("a");
        assertThat(guard.refusedBeforeCheck("a", "1.2.3.4", later, SETTINGS)).isEmpty();
        failTimes("a", 4, later);
        assertThat(guard.failed("a", "1.2.3.4", later, SETTINGS).lock()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void tooManyFailuresFromOneClientRefuseItsLoginsUntilTheWindowPasses() {
        for (int i = 0; i < 10; i++) {
            guard.failed("address" + i, "1.2.3.4", NOW, SETTINGS);
        }
        assertThat(guard.refusedBeforeCheck("fresh", "1.2.3.4", NOW.plusMinutes(1), SETTINGS))
                .contains(LoginRefused.Reason.CLIENT_LIMITED);
        assertThat(guard.refusedBeforeCheck("fresh", "5.6.7.8", NOW.plusMinutes(1), SETTINGS))
                .isEmpty();
        assertThat(guard.refusedBeforeCheck("fresh", "1.2.3.4", NOW.plusMinutes(16), SETTINGS))
                .isEmpty();
    }

    @Test
    void attemptsOnALockedAddressCountAgainstTheClient() {
        failTimes("a", 5, NOW);
        for (int i = 0; i < 5; i++) {
            assertThat(guard.refusedBeforeCheck("a", "5.6.7.8", NOW, SETTINGS))
                    .contains(LoginRefused.Reason.ADDRESS_LOCKED);
        }
        assertThat(guard.refusedBeforeCheck("b", "5.6.7.8", NOW, SETTINGS)).isEmpty();
        for (int i = 0; i < 5; i++) {
            guard.refusedBeforeCheck("a", "5.6.7.8", NOW, SETTINGS);
        }
        assertThat(guard.refusedBeforeCheck("b", "5.6.7.8", NOW, SETTINGS))
                .contains(LoginRefused.Reason.CLIENT_LIMITED);
    }

    @Test
    void theDelayAndTheLockStopGrowingAtTheirLimits() {
        assertThat(SETTINGS.delayAfter(0)).isZero();
        assertThat(SETTINGS.delayAfter(30)).isEqualTo(Duration.ofMillis(4000));
        assertThat(SETTINGS.lockNumber(30)).isEqualTo(Duration.ofMinutes(1440));
    }

    private void failTimes(String address, int times, LocalDateTime at) {
        for (int i = 0; i < times; i++) {
            guard.failed(address, "1.2.3.4", at, SETTINGS);
        }
    }
}
