package dev.pims.audit.testing;

import dev.pims.store.testing.StoreConnection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes to the access log behind PIMS's back, as only the schema owner could make them: a protecting trigger or
 * constraint dropped for the moment and put back whatever happens, so that the verification has something to find
 * and the chain can be made whole again. What the database refuses even so is in {@link RefusedChanges}.
 */
public final class AccessLogTampering {

    /** As the audit module's V1 writes them. */
    private static final String NO_UPDATE = "CREATE TRIGGER ACCESS_RECORD_NO_UPDATE AFTER UPDATE ON ACCESS_RECORD "
            + "FOR EACH STATEMENT INSERT INTO ACCESS_RECORD_APPEND_ONLY VALUES (1)";

    private static final String NO_DELETE = "CREATE TRIGGER ACCESS_RECORD_NO_DELETE AFTER DELETE ON ACCESS_RECORD "
            + "REFERENCING OLD AS O FOR EACH ROW INSERT INTO ACCESS_RECORD_APPEND_ONLY SELECT 1 FROM SYSIBM.SYSDUMMY1 "
            + "WHERE NOT EXISTS (SELECT 1 FROM ACCESS_CHAIN_LINK L, ACCESS_RETENTION_FLOOR F WHERE L.RECORD_ID = O.ID "
            + "AND L.POSITION <= (SELECT COALESCE(MAX(C.POSITION), 0) FROM ACCESS_CHAIN_CHECKPOINT C) "
            + "AND O.OCCURRED_AT < {fn TIMESTAMPADD(SQL_TSI_DAY, -F.DAYS, CURRENT_TIMESTAMP)})";
    private static final String SUBJECT_NO_DELETE = "CREATE TRIGGER ACCESS_RECORD_SUBJECT_NO_DELETE AFTER DELETE ON "
            + "ACCESS_RECORD_SUBJECT REFERENCING OLD AS O FOR EACH ROW INSERT INTO ACCESS_RECORD_APPEND_ONLY "
            + "SELECT 1 FROM SYSIBM.SYSDUMMY1 WHERE NOT EXISTS (SELECT 1 FROM ACCESS_CHAIN_LINK L, "
            + "ACCESS_RETENTION_FLOOR F WHERE L.RECORD_ID = O.RECORD_ID AND L.POSITION <= (SELECT "
            + "COALESCE(MAX(C.POSITION), 0) FROM ACCESS_CHAIN_CHECKPOINT C) AND L.OCCURRED_AT < "
            + "{fn TIMESTAMPADD(SQL_TSI_DAY, -F.DAYS, CURRENT_TIMESTAMP)})";
    /** The legal minimum of the floor under retention, in days, which its constraint keeps. */
    private static final int LEGAL_FLOOR_DAYS = 731;

    private final StoreConnection store;

    /** @param operational the operational store, which holds the access log */
    public AccessLogTampering(StoreConnection operational) {
        this.store = operational;
    }

    /** A record taken out of the log behind PIMS's back: its row, column by column, and its subject rows. */
    public record TakenRecord(Map<String, Object> row, List<Long> subjectRows) {}

    /** The next id of the sequence PIMS's records take theirs from (the last of a block of 50). */
    public long nextRecordId() throws SQLException {
        return store.query("VALUES NEXT VALUE FOR ACCESS_RECORD_SEQ", row -> row.getLong(1))
                .get(0);
    }

    /** Changes a record's client IP with its protection dropped for the moment; the IP it had. */
    public String changeClientIpBehindPimsBack(long recordId, String clientIp) throws SQLException {
        String before = (String) rowOf(recordId).get("CLIENT_IP");
        withoutTrigger(
                "ACCESS_RECORD_NO_UPDATE",
                NO_UPDATE,
                "UPDATE ACCESS_RECORD SET CLIENT_IP = '" + clientIp.replace("'", "''") + "' WHERE ID = " + recordId);
        return before;
    }

    /** Deletes a record and its subject rows with their protection dropped for the moment; what was deleted. */
    public TakenRecord deleteBehindPimsBack(long recordId) throws SQLException {
        TakenRecord taken = new TakenRecord(
                rowOf(recordId),
                store.query(
                        "SELECT SUBJECT_ID FROM " + "ACCESS_RECORD_SUBJECT WHERE RECORD_ID = ?",
                        row -> row.getLong("SUBJECT_ID"),
                        recordId));
        withoutDeleteProtection(
                "DELETE FROM ACCESS_RECORD_SUBJECT WHERE RECORD_ID = " + recordId,
                "DELETE FROM ACCESS_RECORD WHERE ID = " + recordId);
        return taken;
    }

    /** Puts a record taken out behind PIMS's back in again, exactly as it was, with its subject rows. */
    public void putBack(TakenRecord taken) throws SQLException {
        insert(taken.row(), taken.subjectRows());
    }

    /**
     * Inserts a handler's VIEW of nobody as a committed record that no sealer was handed: what a server killed
     * between a commit and its sealing leaves, or what a forger inserts.
     */
    public void insertUnsealed(long id, LocalDateTime occurredAt) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ID", id);
        row.put("OCCURRED_AT", Timestamp.valueOf(occurredAt));
        row.put("ACTOR_ID", "staff:nobody");
        row.put("ACTOR_ROLE", "HANDLER");
        row.put("CLIENT_IP", "127.0.0.1");
        row.put("TASK", "VIEW");
        row.put("CATEGORIES", "");
        row.put("OPERATION", "DefaultMemberCare.view");
        row.put("OUTCOME", "SUCCESS");
        insert(row, List.of());
    }

    /** Deletes a record inserted behind PIMS's back and never sealed, with its protection dropped for the moment. */
    public void deleteUnsealed(long id) throws SQLException {
        withoutDeleteProtection("DELETE FROM ACCESS_RECORD WHERE ID = " + id);
    }

    /** Lowers the floor under retention to 0 days, its constraint dropped until {@link #restoreRetentionFloor}. */
    public void lowerRetentionFloorToZero() throws SQLException {
        store.execute(
                "ALTER TABLE ACCESS_RETENTION_FLOOR DROP CONSTRAINT ACCESS_RETENTION_FLOOR_LEGAL",
                "UPDATE ACCESS_RETENTION_FLOOR SET DAYS = 0");
    }

    /** Puts the floor under retention back at the legal minimum, with its constraint. */
    public void restoreRetentionFloor() throws SQLException {
        store.execute(
                "UPDATE ACCESS_RETENTION_FLOOR SET DAYS = " + LEGAL_FLOOR_DAYS,
                "ALTER TABLE "
                        + "ACCESS_RETENTION_FLOOR ADD CONSTRAINT ACCESS_RETENTION_FLOOR_LEGAL CHECK (DAYS >= "
                        + LEGAL_FLOOR_DAYS + ")");
    }

    private Map<String, Object> rowOf(long recordId) throws SQLException {
        return store.rows("SELECT * FROM ACCESS_RECORD WHERE ID = ?", recordId).get(0);
    }

    private void insert(Map<String, Object> row, List<Long> subjectRows) throws SQLException {
        String columns = String.join(", ", row.keySet());
        String marks =
                String.join(", ", row.keySet().stream().map(column -> "?").toList());
        try (Connection connection = store.open()) {
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO ACCESS_RECORD (" + columns + ") VALUES (" + marks + ")")) {
                int i = 1;
                for (Object value : row.values()) {
                    insert.setObject(i++, value);
                }
                insert.executeUpdate();
            }
            for (long subject : subjectRows) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO ACCESS_RECORD_SUBJECT (RECORD_ID, SUBJECT_ID) VALUES (?, ?)")) {
                    insert.setObject(1, row.get("ID"));
                    insert.setLong(2, subject);
                    insert.executeUpdate();
                }
            }
        }
    }

    /** Drops one protecting trigger, runs the statements, and puts the trigger back, whatever happens. */
    private void withoutTrigger(String trigger, String recreate, String... statements) throws SQLException {
        try (Connection connection = store.open();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP TRIGGER " + trigger);
            try {
                for (String sql : statements) {
                    statement.executeUpdate(sql);
                }
            } finally {
                statement.executeUpdate(recreate);
            }
        }
    }

    /** Drops the triggers that refuse deleting records and subject rows, runs the statements, and puts them back. */
    private void withoutDeleteProtection(String... statements) throws SQLException {
        try (Connection connection = store.open();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP TRIGGER ACCESS_RECORD_SUBJECT_NO_DELETE");
            statement.executeUpdate("DROP TRIGGER ACCESS_RECORD_NO_DELETE");
            try {
                for (String sql : statements) {
                    statement.executeUpdate(sql);
                }
            } finally {
                statement.executeUpdate(NO_DELETE);
                statement.executeUpdate(SUBJECT_NO_DELETE);
            }
        }
    }
}
