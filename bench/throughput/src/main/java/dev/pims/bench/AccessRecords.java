package dev.pims.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The access records a server left in its operational store, read with embedded Derby once that server has ended
 * (Derby recovers the store of a killed server when it opens it). {@code ofPages} counts the records of what members
 * and staff did, leaving out the two that auditing itself writes when it starts and stops; {@code profileViews} the
 * successful views of /my/profile, one per page served; {@code sealed} the records that have a link in the hash chain.
 */
record AccessRecords(long total, long ofPages, long profileViews, long sealed) {

    /** The operation an access record names for /my/profile (the audited method, as Class.method). */
    static final String PROFILE_VIEW = "DefaultMemberSelfService.viewOwnProfile";
    /** The operations of the records that auditing writes when it starts and stops (audit: AuditingLifecycle). */
    static final String AUDITING_EVENTS = "Auditing.%";
    /** Derby reports a successful shutdown of one database as this "error". */
    private static final String DATABASE_SHUT_DOWN = "08006";

    static AccessRecords in(Path operationalStore) throws SQLException {
        String url = "jdbc:derby:" + operationalStore.toAbsolutePath();
        try (Connection store = DriverManager.getConnection(url)) {
            return new AccessRecords(
                    count(store, "SELECT COUNT(*) FROM ACCESS_RECORD"),
                    count(store, "SELECT COUNT(*) FROM ACCESS_RECORD WHERE OPERATION NOT LIKE ?", AUDITING_EVENTS),
                    count(
                            store,
                            "SELECT COUNT(*) FROM ACCESS_RECORD WHERE OPERATION = ? AND OUTCOME = 'SUCCESS'",
                            PROFILE_VIEW),
                    count(
                            store,
                            "SELECT COUNT(*) FROM ACCESS_RECORD R JOIN ACCESS_CHAIN_LINK L ON L.RECORD_ID = R.ID"));
        } finally {
            shutDown(url);
        }
    }

    private static long count(Connection store, String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = store.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void shutDown(String url) throws SQLException {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException shutdown) {
            if (!DATABASE_SHUT_DOWN.equals(shutdown.getSQLState())) {
                throw shutdown;
            }
        }
    }
}
