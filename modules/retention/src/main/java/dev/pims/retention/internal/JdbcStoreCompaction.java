package dev.pims.retention.internal;

import dev.pims.retention.domain.StoreCompaction;
import dev.pims.store.LockConflicts;
import dev.pims.store.StoreSchema.Store;
import dev.pims.store.StoreVendor;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Collection;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The compaction of the tables a retention run destroyed from (policy §6B), each product its own way, every statement
 * committing on its own: compression needs the table to itself and may run longer than a transaction should.
 * <p>
 * Derby: {@code SYSCS_COMPRESS_TABLE} rewrites a table and its indexes into new files and deletes the old ones; the log
 * rollover (see {@code LOG_ROLLOVER} in the retention module's migrations) and {@code SYSCS_CHECKPOINT_DATABASE} then
 * delete the log files that still hold the deleted rows' images.
 * <p>
 * PostgreSQL: {@code VACUUM (FULL, ANALYZE)} rewrites a table, its indexes and its TOAST into new files (the old ones
 * are emptied at once and deleted at the next checkpoint) and samples the planner's statistics again, whose earlier
 * samples may hold destroyed values; {@code VACUUM FULL pg_statistic} then rewrites the statistics without those
 * earlier samples. VACUUM needs the table's owner, the role PIMS connects as; it cannot run in a transaction block,
 * hence on a connection outside any transaction, as the engine calls it. A switch to a new write-ahead log segment
 * ({@code pg_switch_wal()}) and a {@code CHECKPOINT} then let PostgreSQL delete the segment holding the rows' images:
 * both need privileges the owner may lack (superuser, or {@code pg_checkpoint} and EXECUTE on {@code pg_switch_wal});
 * without them the step is skipped with a log line, and the old images leave the log only as PostgreSQL's own
 * checkpoints recycle it. A server that recycles segments ({@code wal_recycle = on}, its default) keeps them in a
 * renamed file until overwritten, which is logged too.
 */
@ApplicationScoped
public class JdbcStoreCompaction implements StoreCompaction {

    private static final Logger LOG = Logger.getLogger(JdbcStoreCompaction.class.getName());

    /** Derby's default log switch interval (derby.storage.logSwitchInterval). */
    private static final long DEFAULT_LOG_SWITCH_BYTES = 1024 * 1024;

    private static final int FILLER_CHARACTERS = 32_000;

    /** PostgreSQL's refusal of a statement the role has no privilege for. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

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
     * times exactly this, and the tests' fixtures run it on PostgreSQL.
     */
    public static void compact(Connection connection, Collection<String> tables) throws SQLException {
        switch (StoreVendor.of(connection)) {
            case DERBY -> compactDerby(connection, tables);
            case POSTGRESQL -> compactPostgresql(connection, tables);
        }
    }

    private static void compactDerby(Connection connection, Collection<String> tables) throws SQLException {
        String schema = connection.getSchema();
        try (CallableStatement compress = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE(?, ?, 1)")) {
            for (String table : tables) {
                compress.setString(1, schema);
                compress.setString(2, table);
                // Derby may pick the compression as the victim of its deadlock with a page (store.LockConflicts).
                LockConflicts.retried(compress::execute);
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

    private static void compactPostgresql(Connection connection, Collection<String> tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                // A table name of a rule (RetentionRule.tables), never text from a request.
                vacuum(statement, "VACUUM (FULL, ANALYZE) " + table);
            }
            vacuum(statement, "VACUUM FULL pg_statistic");
            runIfPrivileged(statement, "SELECT pg_switch_wal()");
            runIfPrivileged(statement, "CHECKPOINT");
            try (ResultSet recycling = statement.executeQuery("SELECT current_setting('wal_recycle')")) {
                if (recycling.next() && "on".equals(recycling.getString(1))) {
                    LOG.warning("Retention compaction: PostgreSQL recycles its write-ahead log (wal_recycle = on), so a"
                            + " recycled segment keeps the destroyed rows' images until it is overwritten; run it with"
                            + " wal_recycle = off");
                }
            }
        }
    }

    /**
     * Runs a VACUUM; PostgreSQL answers a role that may not vacuum the table with a warning, not an error, and a table
     * left as it was keeps the destroyed rows in its files: that fails the compaction.
     */
    private static void vacuum(Statement statement, String vacuum) throws SQLException {
        statement.clearWarnings();
        statement.execute(vacuum);
        SQLWarning warning = statement.getWarnings();
        if (warning != null) {
            throw new SQLException(
                    vacuum + " did not compact: " + warning.getMessage(), warning.getSQLState(), warning);
        }
    }

    /** Runs the statement, or skips it with a log line when the role lacks the privilege it needs. */
    private static void runIfPrivileged(Statement statement, String sql) throws SQLException {
        try {
            statement.execute(sql);
        } catch (SQLException refused) {
            if (!INSUFFICIENT_PRIVILEGE.equals(refused.getSQLState())) {
                throw refused;
            }
            LOG.warning(() -> "Retention compaction: " + sql + " skipped, the store's role may not run it ("
                    + refused.getMessage() + "); the destroyed rows' images leave PostgreSQL's write-ahead log with its"
                    + " own checkpoints. Grant it pg_checkpoint and EXECUTE on pg_switch_wal() for the compaction to"
                    + " finish that at once.");
        }
    }
}
