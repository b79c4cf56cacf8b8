package dev.pims.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.store.testing.EmbeddedStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./pims staff unlock} on an embedded Derby made by the module's own migrations, as the script runs it. */
class UnlockStaffTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 5, 13, 0);

    @TempDir
    Path dataDir;

    private EmbeddedStore store;

    @BeforeEach
    void aStoreAsAStartLeavesIt() {
        store = EmbeddedStore.migrated(dataDir);
    }

    @AfterEach
    void shutDown() {
        store.close();
    }

    @Test
    void theOnlyOfficerLockedForHoursIsUnlockedAndTheUnlockIsRecorded() throws Exception {
        insertStaff("officer", NOW.minusMinutes(5), NOW.plusHours(8), 5, 6);

        try (Connection connection = store.connection()) {
            assertThat(UnlockStaff.unlock(connection, "officer", NOW)).isEqualTo(UnlockStaff.Result.UNLOCKED);
        }

        try (Connection connection = store.connection();
                PreparedStatement read = connection.prepareStatement(
                        "SELECT LOCKED_AT, LOCKED_UNTIL, FAILED_LOGINS, LOCKS FROM STAFF_ACCOUNT WHERE LOGIN_ID = ?")) {
            read.setString(1, "officer");
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getTimestamp("LOCKED_AT")).isNull();
                assertThat(row.getTimestamp("LOCKED_UNTIL")).isNull();
                assertThat(row.getInt("FAILED_LOGINS")).isZero();
                assertThat(row.getInt("LOCKS")).isZero();
            }
        }
        try (Connection connection = store.connection();
                PreparedStatement read = connection.prepareStatement(
                        "SELECT OUTCOME, CLIENT_IP, DETAIL, OCCURRED_AT FROM STAFF_LOGIN_RECORD WHERE LOGIN_ID = ?")) {
            read.setString(1, "officer");
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("OUTCOME")).isEqualTo("UNLOCKED");
                assertThat(row.getString("CLIENT_IP")).isEqualTo(UnlockStaff.CLIENT);
                assertThat(row.getString("DETAIL")).isEqualTo(UnlockStaff.DETAIL);
                assertThat(row.getTimestamp("OCCURRED_AT").toLocalDateTime()).isEqualTo(NOW);
                assertThat(row.next()).isFalse();
            }
        }
    }

    @Test
    void anAccountNeitherLockedNorFailingIsLeftAloneAndAnUnknownOneIsSaidSo() throws Exception {
        insertStaff("calm", null, null, 0, 0);
        try (Connection connection = store.connection()) {
            assertThat(UnlockStaff.unlock(connection, "calm", NOW)).isEqualTo(UnlockStaff.Result.NOT_LOCKED);
            assertThat(UnlockStaff.unlock(connection, "nobody", NOW)).isEqualTo(UnlockStaff.Result.NO_SUCH_STAFF);
        }
        try (Connection connection = store.connection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM STAFF_LOGIN_RECORD");
                ResultSet row = count.executeQuery()) {
            row.next();
            assertThat(row.getInt(1)).isZero();
        }
    }

    private void insertStaff(String loginId, LocalDateTime lockedAt, LocalDateTime lockedUntil, int failures, int locks)
            throws SQLException {
        try (Connection connection = store.connection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO STAFF_ACCOUNT (LOGIN_ID, PASSWORD_HASH, PASSWORD_CHANGED_AT, MUST_CHANGE_PASSWORD,"
                                + " CREATED_AT, FAILED_LOGINS, LOCKED_AT, LOCKED_UNTIL, LOCKS)"
                                + " VALUES (?, 'hash', ?, FALSE, ?, ?, ?, ?, ?)")) {
            insert.setString(1, loginId);
            insert.setTimestamp(2, Timestamp.valueOf(NOW.minusDays(1)));
            insert.setTimestamp(3, Timestamp.valueOf(NOW.minusDays(1)));
            insert.setInt(4, failures);
            insert.setTimestamp(5, lockedAt == null ? null : Timestamp.valueOf(lockedAt));
            insert.setTimestamp(6, lockedUntil == null ? null : Timestamp.valueOf(lockedUntil));
            insert.setInt(7, locks);
            insert.executeUpdate();
        }
    }
}
