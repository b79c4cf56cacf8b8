package dev.pims.bench.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import javax.sql.DataSource;

/**
 * The baseline: what one would write by hand for the same job, committed per chunk, with no counting, no ledger and no
 * access record: the keys of a chunk of due rows, then one batch of DELETEs by primary key.
 * <p>
 * The one-statement form {@code DELETE FROM VISIT_RECORD WHERE ID IN (SELECT ID FROM VISIT_RECORD WHERE VISITED_AT < ?
 * FETCH FIRST ? ROWS ONLY)} is accepted by Derby 10.17 but not usable as a baseline: Derby runs the subquery again for
 * each row of the table it scans, and it took 27 s for 2 000 due rows among 20 000 (3 chunks) on the machine of the
 * first run; it would not finish on 10 000 000.
 */
final class HandRun {

    static final String KEYS_OF_CHUNK = "SELECT ID FROM VISIT_RECORD WHERE VISITED_AT < ? FETCH FIRST ? ROWS ONLY";
    static final String DELETE_BY_KEY = "DELETE FROM VISIT_RECORD WHERE ID = ?";

    private HandRun() {}

    /** Deletes chunk after chunk until one comes back short; returns the rows deleted and the chunks. */
    static long[] deleteAllDue(DataSource store, LocalDateTime threshold, int chunk) throws SQLException {
        long deleted = 0;
        long chunks = 0;
        try (Connection connection = store.getConnection();
                PreparedStatement keys = connection.prepareStatement(KEYS_OF_CHUNK);
                PreparedStatement delete = connection.prepareStatement(DELETE_BY_KEY)) {
            connection.setAutoCommit(false);
            int done;
            do {
                keys.setTimestamp(1, Timestamp.valueOf(threshold));
                keys.setInt(2, chunk);
                try (ResultSet row = keys.executeQuery()) {
                    while (row.next()) {
                        delete.setLong(1, row.getLong(1));
                        delete.addBatch();
                    }
                }
                done = 0;
                for (int count : delete.executeBatch()) {
                    done += count;
                }
                connection.commit();
                deleted += done;
                chunks++;
            } while (done >= chunk);
        }
        return new long[] {deleted, chunks};
    }
}
