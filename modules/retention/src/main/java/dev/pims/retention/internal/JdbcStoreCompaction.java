package dev.pims.retention.internal;

import dev.pims.retention.domain.StoreCompaction;
import dev.pims.store.StoreSchema.Store;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import javax.sql.DataSource;

/**
 * Derby's way (policy §6B): {@code SYSCS_COMPRESS_TABLE} rewrites a table and its indexes into new files and deletes
 * the old ones; the log rollover (see {@code LOG_ROLLOVER} in the retention module's migrations) and
 * {@code SYSCS_CHECKPOINT_DATABASE} then delete the log files that still hold the deleted rows' images. Each statement
 * commits on its own: compression needs the table to itself and may run longer than a transaction should.
 */
@ApplicationScoped
public class JdbcStoreCompaction implements StoreCompaction {

    /** Derby's default log switch interval (derby.storage.logSwitchInterval). */
    private static final long DEFAULT_LOG_SWITCH_BYTES = 1024 * 1024;

    private static final int FILLER_CHARACTERS = 32_000;

    @Resource(lookup = "jdbc/pims")
    private DataSource operational;

    @Resource(lookup = "jdbc/pims-separated")
    private DataSource separated;

    @Override
    public void compact(Store store, Collection<String> tables) {
        DataSource dataSource = store == Store.SEPARATED ? separated : operational;
        try (Connection connection = dataSource.getConnection()) {
            compact(connection, tables);
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not compact the " + store + " store", failure);
        }
    }

    /**
     * The compaction itself, on a connection outside any transaction: public so that {@code ./pims bench-retention}
     * times exactly this.
     */
    public static void compact(Connection connection, Collection<String> tables) throws SQLException {
        String schema = connection.getSchema();
        try (CallableStatement compress = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE(?, ?, 1)")) {
            for (String table : tables) {
                compress.setString(1, schema);
                compress.setString(2, table);
                compress.execute();
            }
        }
        rollTheLogOver(connection);
        try (Statement checkpoint = connection.createStatement()) {
            checkpoint.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()");
        }
    }

    /** Writes (and deletes) more log than the switch interval, so that the next checkpoint starts a new log file. */
    private static void rollTheLogOver(Connection connection) throws SQLException {
        long rows = logSwitchBytes(connection) / FILLER_CHARACTERS + 2;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO LOG_ROLLOVER (FILLER) VALUES (?)")) {
            insert.setString(1, "x".repeat(FILLER_CHARACTERS));
            for (long row = 0; row < rows; row++) {
                insert.executeUpdate();
            }
        }
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM LOG_ROLLOVER");
        }
    }

    private static long logSwitchBytes(Connection connection) throws SQLException {
        String property = "derby.storage.logSwitchInterval";
        try (PreparedStatement read =
                connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY(?)"); ) {
            read.setString(1, property);
            try (ResultSet row = read.executeQuery()) {
                String value = row.next() ? row.getString(1) : null;
                if (value == null) {
                    value = System.getProperty(property);
                }
                return value == null ? DEFAULT_LOG_SWITCH_BYTES : Long.parseLong(value.trim());
            }
        }
    }
}
