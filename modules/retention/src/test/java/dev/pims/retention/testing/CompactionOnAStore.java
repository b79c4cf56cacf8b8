package dev.pims.retention.testing;

import dev.pims.retention.internal.JdbcStoreCompaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The retention engine's compaction (policy §6B) on a store given by its data source, with no server, run on a table of
 * the retention module's own ({@code LOG_ROLLOVER}, in both stores) after a row was deleted from it as a destruction
 * deletes one: for the tests that prove the compaction on a database product other than the test server's.
 */
public final class CompactionOnAStore {

    private static final String TABLE = "LOG_ROLLOVER";

    private final DataSource store;

    /** @param store either store, its schema migrated */
    public CompactionOnAStore(DataSource store) {
        this.store = store;
    }

    /** Writes a row holding the text and deletes it: the row is gone from the table, not yet from its files. */
    public void writeAndDelete(String text) throws SQLException {
        try (Connection connection = store.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " VALUES (?)")) {
                insert.setString(1, text);
                insert.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE FILLER = ?")) {
                delete.setString(1, text);
                delete.executeUpdate();
            }
        }
    }

    /** Compacts the table as the engine compacts the tables a run destroyed from, on a connection of its own. */
    public void compact() throws SQLException {
        try (Connection connection = store.getConnection()) {
            JdbcStoreCompaction.compact(connection, List.of(TABLE));
        }
    }

    /** PostgreSQL only: the file that holds the table's rows now, relative to the cluster's data directory. */
    public String tableFile() throws SQLException {
        try (Connection connection = store.getConnection();
                PreparedStatement file = connection.prepareStatement("SELECT pg_relation_filepath(?)")) {
            // As a name in SQL: folded to lower case, as the script's CREATE TABLE folded it.
            file.setString(1, TABLE);
            try (ResultSet row = file.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
