package dev.pims.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The usual shape of a rule's records: one table, one row per record, a clock column indexed together with the id
 * ({@code (clock, id)}), and a column naming the data subject (null once nobody can be named). Counting and destroying
 * such records is the same SQL for every rule, written once here; a module's repository holds one for its table and
 * runs it on its store, in the caller's transaction.
 */
public record RecordTable(String rule, String table, String idColumn, String clockColumn, String subjectColumn) {

    /** How many rows have a clock earlier than the threshold. */
    public long countBefore(DataSource store, LocalDateTime threshold) {
        String sql = "SELECT COUNT(*) FROM " + table + " WHERE " + clockColumn + " < ?";
        try (Connection connection = store.getConnection();
                PreparedStatement count = connection.prepareStatement(sql)) {
            count.setTimestamp(1, Timestamp.valueOf(threshold));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not count the due rows of " + table, failure);
        }
    }

    /**
     * Deletes at most {@code max} rows with a clock earlier than the threshold, the oldest first (by clock, then id):
     * it reads their keys in that order, then deletes the range up to the last one read, with one statement that
     * walks the clock index.
     */
    public DestroyedRecords destroyBefore(DataSource store, LocalDateTime threshold, int max) {
        String oldestFirst = "SELECT " + idColumn + ", " + clockColumn + ", " + subjectColumn + " FROM " + table
                + " WHERE " + clockColumn + " < ? ORDER BY " + clockColumn + ", " + idColumn
                + " FETCH FIRST ? ROWS ONLY";
        String upToLast = "DELETE FROM " + table + " WHERE " + clockColumn + " <= ? AND (" + clockColumn + " < ? OR "
                + idColumn + " <= ?)";
        try (Connection connection = store.getConnection()) {
            LocalDateTime oldest = null;
            LocalDateTime newest = null;
            long lastId = 0;
            TreeSet<Long> subjects = new TreeSet<>();
            try (PreparedStatement select = connection.prepareStatement(oldestFirst)) {
                select.setTimestamp(1, Timestamp.valueOf(threshold));
                select.setInt(2, max);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        lastId = row.getLong(1);
                        newest = row.getTimestamp(2).toLocalDateTime();
                        oldest = oldest == null ? newest : oldest;
                        long subject = row.getLong(3);
                        if (!row.wasNull()) {
                            subjects.add(subject);
                        }
                    }
                }
            }
            if (newest == null) {
                return DestroyedRecords.none(rule);
            }
            try (PreparedStatement delete = connection.prepareStatement(upToLast)) {
                delete.setTimestamp(1, Timestamp.valueOf(newest));
                delete.setTimestamp(2, Timestamp.valueOf(newest));
                delete.setLong(3, lastId);
                int deleted = delete.executeUpdate();
                return new DestroyedRecords(rule, deleted, oldest, newest, List.copyOf(subjects));
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not destroy the due rows of " + table, failure);
        }
    }
}
