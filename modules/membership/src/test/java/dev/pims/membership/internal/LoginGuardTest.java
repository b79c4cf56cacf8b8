package dev.pims.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.membership.LoginRefused;
import dev.pims.store.testing.EmbeddedStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guard on an embedded Derby made by the module's own migrations, each statement its own transaction. */
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

    @TempDir
    static Path dataDir;

    private static EmbeddedStore store;

    private LoginGuard guard;

    @BeforeAll
    static void aStoreAsAStartLeavesIt() {
        store = EmbeddedStore.migrated(dataDir);
    }

    @BeforeEach
    void noFailureCountedYet() throws SQLException {
        try (Connection connection = store.connection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM LOGIN_FAILURE")) {
            delete.executeUpdate();
        }
        guard = new LoginGuard(new JdbcLoginFailures(store.dataSource()));
    }

    @AfterAll
    static void shutDown() {
        store.close();
    }

    @Test
    void eachFailureWaitsLongerAndTheFifthLocksTheAddressForFifteenMinutes() {
        assertThat(guard.failed("a", "1.2.3.4", null, NOW, SETTINGS).delay()).isEqualTo(Duration.ofMillis(250));
        assertThat(guard.failed("a", "1.2.3.4", null, NOW, SETTINGS).delay()).isEqualTo(Duration.ofMillis(500));
        assertThat(guard.failed("a", "1.2.3.4", null, NOW, SETTINGS).delay()).isEqualTo(Duration.ofMillis(1000));
        assertThat(guard.failed("a", "1.2.3.4", null, NOW, SETTINGS).lockedNow())
                .isFalse();
        LoginGuard.Failure fifth = guard.failed("a", "1.2.3.4", null, NOW, SETTINGS);

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
        LoginGuard.Failure fifth = guard.failed("a", "1.2.3.4", null, later, SETTINGS);

        assertThat(fifth.lock()).isEqualTo(Duration.ofMinutes(30));
        assertThat(guard.currentLock("a", SETTINGS)).isEqualTo(Duration.ofMinutes(30));

        guard.succeeded("a");
        assertThat(guard.refusedBeforeCheck("a", "1.2.3.4", later, SETTINGS)).isEmpty();
        failTimes("a", 4, later);
        assertThat(guard.failed("a", "1.2.3.4", null, later, SETTINGS).lock()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void tooManyFailuresFromOneClientRefuseItsLoginsUntilTheWindowPasses() {
        for (int i = 0; i < 10; i++) {
            guard.failed("address" + i, "1.2.3.4", null, NOW, SETTINGS);
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
    void theServersOfAClusterCountTheSameFailuresAndARestartForgetsNone() {
        LoginGuard otherServer = new LoginGuard(new JdbcLoginFailures(store.dataSource()));
        failTimes("a", 3, NOW);
        assertThat(otherServer.failed("a", "1.2.3.4", 7L, NOW, SETTINGS).lockedNow())
                .isFalse();
        LoginGuard.Failure fifth = otherServer.failed("a", "1.2.3.4", 7L, NOW, SETTINGS);

        assertThat(fifth.lockedNow())
                .as("the fifth failure in a row, four servers' counts apart")
                .isTrue();
        assertThat(fifth.delay()).isEqualTo(Duration.ofMillis(4000));
        LoginGuard afterARestart = new LoginGuard(new JdbcLoginFailures(store.dataSource()));
        assertThat(afterARestart.refusedBeforeCheck("a", "5.6.7.8", NOW.plusMinutes(1), SETTINGS))
                .contains(LoginRefused.Reason.ADDRESS_LOCKED);
        assertThat(rowsNaming(7L)).as("the member's failures name the member").isEqualTo(2);
    }

    @Test
    void theRightPasswordDeletesItsAddressFailuresOnlyAndTheRuleDestroysTheRest() {
        failTimes("a", 2, NOW);
        failTimes("b", 2, NOW);
        guard.succeeded("a");

        JdbcLoginFailures failures = new JdbcLoginFailures(store.dataSource());
        assertThat(failures.countBefore(NOW.plusDays(2))).isEqualTo(2);
        assertThat(failures.destroyBefore(NOW.plusDays(2), 10).count()).isEqualTo(2);
        assertThat(failures.countBefore(NOW.plusDays(3))).isZero();
    }

    @Test
    void theDelayAndTheLockStopGrowingAtTheirLimits() {
        assertThat(SETTINGS.delayAfter(0)).isZero();
        assertThat(SETTINGS.delayAfter(30)).isEqualTo(Duration.ofMillis(4000));
        assertThat(SETTINGS.lockNumber(30)).isEqualTo(Duration.ofMinutes(1440));
    }

    private void failTimes(String address, int times, LocalDateTime at) {
        for (int i = 0; i < times; i++) {
            guard.failed(address, "1.2.3.4", null, at, SETTINGS);
        }
    }

    private int rowsNaming(long memberId) {
        try (Connection connection = store.connection();
                PreparedStatement count =
                        connection.prepareStatement("SELECT COUNT(*) FROM LOGIN_FAILURE WHERE MEMBER_ID = ?")) {
            count.setLong(1, memberId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
