package dev.pims.web.it;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the databases hold, read over Derby's network server inside the running PIMS (test configuration only):
 * the operational store and the separated store.
 */
final class Stores {

    static final int DERBY_PORT = 1527;
    static final String OPERATIONAL = "operational";
    static final String SEPARATED = "separated";

    private Stores() {
    }

    static Connection open(String store) throws SQLException {
        return DriverManager.getConnection("jdbc:derby://127.0.0.1:" + DERBY_PORT + "/" + store);
    }

    /** Every row of the query, each as column name → value, in order. */
    static List<Map<String, Object>> rows(String store, String sql, Object... parameters) throws SQLException {
        try (Connection connection = open(store); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        Object value = result.getObject(c);
                        if (value instanceof Clob text) {
                            value = text.getSubString(1, (int) text.length());
                        }
                        row.put(result.getMetaData().getColumnLabel(c), value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    static long count(String store, String sql, Object... parameters) throws SQLException {
        return ((Number) rows(store, sql, parameters).get(0).values().iterator().next()).longValue();
    }

    /** {@link #count} in the operational store for a wait's condition, -1 if the store cannot answer just now. */
    static long countQuietly(String sql) {
        try {
            return count(OPERATIONAL, sql);
        } catch (SQLException notNow) {
            return -1;
        }
    }

    /** The member id of an e-mail address in the operational store, or null if there is no such account. */
    static Long memberIdOf(String email) throws SQLException {
        List<Map<String, Object>> found = rows(OPERATIONAL, "SELECT ID FROM MEMBER_ACCOUNT WHERE EMAIL = ?", email);
        return found.isEmpty() ? null : ((Number) found.get(0).get("ID")).longValue();
    }

    /**
     * Waits until every access record written so far is sealed into the chain, so that its subject rows (written
     * with its link, right after its transaction committed) are there to read.
     */
    static void awaitSealed() throws SQLException {
        awaitSealed(Duration.ofSeconds(20));
    }

    /** Waits until every access record written so far is sealed into the chain, failing after the patience given. */
    static void awaitSealed(Duration patience) throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (count(OPERATIONAL, "SELECT COUNT(*) FROM ACCESS_RECORD r WHERE r.ID > (SELECT LEGACY_MAX_ID FROM "
                + "ACCESS_CHAIN_HEAD) AND NOT EXISTS (SELECT 1 FROM ACCESS_CHAIN_LINK l WHERE l.RECORD_ID = r.ID)") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Access records still unsealed after " + patience.toSeconds() + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for the sealer", interrupted);
            }
        }
    }

    /** The access records naming a data subject, oldest first, with task, outcome, actor and IP. */
    static List<Map<String, Object>> accessRecordsOf(long subjectId) throws SQLException {
        awaitSealed();
        return rows(OPERATIONAL, "SELECT r.ID, r.OCCURRED_AT, r.ACTOR_ID, r.ACTOR_ROLE, r.CLIENT_IP, r.TASK, "
                + "r.CATEGORIES, r.OPERATION, r.OUTCOME FROM ACCESS_RECORD r JOIN ACCESS_RECORD_SUBJECTS s "
                + "ON s.RECORD_ID = r.ID WHERE s.SUBJECT_ID = ? ORDER BY r.ID", subjectId);
    }
}
