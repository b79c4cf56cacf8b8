package dev.pims.staff.internal;

import dev.pims.staff.StaffLoginOutcome;
import dev.pims.store.OfflineStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The main of {@code ./pims staff unlock LOGIN_ID --data DIR}: the recovery of a locked staff account without a second
 * privacy officer (policy §7B, issue 17), so that nobody can lock the only officer out for good. Run by the script with
 * the server stopped (the embedded store admits one JVM), by whoever may run the server: it opens
 * {@code DIR/operational}, lifts the lock and the run of failures in one transaction with a staff login record
 * {@code UNLOCKED} that names the command line, and shuts the store down cleanly.
 */
public final class UnlockStaff {

    /** What the staff login record names as the actor and the address of an unlock on the server's command line. */
    static final String DETAIL = "by the operator: ./pims staff unlock";

    static final String CLIENT = "server console";

    /** What the command did. */
    enum Result {
        UNLOCKED,
        NOT_LOCKED,
        NO_SUCH_STAFF
    }

    private UnlockStaff() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: UnlockStaff <data dir> <login id>");
            System.exit(2);
        }
        OfflineStore store = OfflineStore.in(Path.of(args[0]));
        String loginId = args[1].trim();
        Result result;
        try (Connection connection = store.connect()) {
            result = unlock(connection, loginId, LocalDateTime.now(Clock.systemUTC()));
        } catch (SQLException failure) {
            store.fail(failure);
            return;
        } finally {
            store.shutDown();
        }
        switch (result) {
            case UNLOCKED ->
                System.out.println("pims: staff account " + loginId
                        + " unlocked; the unlock is in the staff login records (outcome UNLOCKED, \"" + DETAIL + "\")");
            case NOT_LOCKED -> System.out.println("pims: staff account " + loginId + " is not locked; nothing changed");
            case NO_SUCH_STAFF -> {
                System.err.println("pims: there is no staff account " + loginId);
                System.exit(1);
            }
        }
    }

    /**
     * Lifts the lock of the account and its run of failures, and records it, in one transaction. An account neither
     * locked nor with failures is left alone and nothing is recorded.
     */
    static Result unlock(Connection connection, String loginId, LocalDateTime now) throws SQLException {
        connection.setAutoCommit(false);
        try {
            Result result = unlockInTransaction(connection, loginId, now);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException failure) {
            connection.rollback();
            throw failure;
        }
    }

    private static Result unlockInTransaction(Connection connection, String loginId, LocalDateTime now)
            throws SQLException {
        long id;
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT ID, FAILED_LOGINS, LOCKED_UNTIL FROM STAFF_ACCOUNT WHERE LOGIN_ID = ? FOR UPDATE")) {
            find.setString(1, loginId);
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    return Result.NO_SUCH_STAFF;
                }
                id = row.getLong("ID");
                Timestamp lockedUntil = row.getTimestamp("LOCKED_UNTIL");
                boolean locked = lockedUntil != null && now.isBefore(lockedUntil.toLocalDateTime());
                if (!locked && row.getInt("FAILED_LOGINS") == 0) {
                    return Result.NOT_LOCKED;
                }
            }
        }
        try (PreparedStatement unlock = connection.prepareStatement(
                "UPDATE STAFF_ACCOUNT SET LOCKED_AT = NULL, LOCKED_UNTIL = NULL, LOCKS = 0, FAILED_LOGINS = 0,"
                        + " VERSION = VERSION + 1 WHERE ID = ?")) {
            unlock.setLong(1, id);
            unlock.executeUpdate();
        }
        try (PreparedStatement record = connection.prepareStatement(
                "INSERT INTO STAFF_LOGIN_RECORD (LOGIN_ID, OCCURRED_AT, CLIENT_IP, OUTCOME, DETAIL)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            record.setString(1, loginId);
            record.setTimestamp(2, Timestamp.valueOf(now));
            record.setString(3, CLIENT);
            record.setString(4, StaffLoginOutcome.UNLOCKED.name());
            record.setString(5, DETAIL);
            record.executeUpdate();
        }
        return Result.UNLOCKED;
    }
}
