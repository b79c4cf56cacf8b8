package dev.pims.store.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A table of the running PIMS's Derby held by a test in an exclusive lock until closed, as retention's compaction
 * holds one: PIMS's transactions that need the table wait for it and, after the wait the test sets, are rolled back
 * for the lost lock conflict. Closing lets go of the lock and gives Derby back its default wait.
 */
public final class HeldTableLock implements AutoCloseable {

    private static final String WAIT_TIMEOUT = "derby.locks.waitTimeout";

    private final StoreConnection store;
    private final Connection holder;

    private HeldTableLock(StoreConnection store, Connection holder) {
        this.store = store;
        this.holder = holder;
    }

    /**
     * Locks the table exclusively; until the lock is closed, every other transaction that needs the table waits the
     * given whole seconds (Derby's {@code derby.locks.waitTimeout} of the store) and is then rolled back.
     */
    public static HeldTableLock exclusive(StoreConnection store, String table, Duration waitOfOthers)
            throws SQLException {
        setWaitTimeout(store, Long.toString(waitOfOthers.toSeconds()));
        Connection holder = store.open();
        try (Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
        } catch (SQLException refused) {
            holder.close();
            throw refused;
        }
        return new HeldTableLock(store, holder);
    }

    @Override
    public synchronized void close() throws SQLException {
        if (holder.isClosed()) {
            return;
        }
        try (holder) {
            holder.rollback();
        }
        setWaitTimeout(store, null);
    }

    private static void setWaitTimeout(StoreConnection store, String seconds) throws SQLException {
        try (Connection connection = store.open();
                var set = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
            set.setString(1, WAIT_TIMEOUT);
            set.setString(2, seconds);
            set.execute();
        }
    }
}
