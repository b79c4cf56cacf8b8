package dev.pims.keyring.testing;

import dev.pims.keyring.domain.WrappedDataKey;
import dev.pims.keyring.internal.JdbcDataKeys;
import dev.pims.store.testing.OneTransaction;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;

/**
 * The key ring's data keys on a store given by its data source, with no server, added and read by the module's own
 * repository as a start does: for the tests that prove its SQL on a database product other than the test server's.
 * The keys are placeholders that nothing unwraps.
 */
public final class DataKeysOnAStore {

    private final DataSource store;

    /** @param operational the operational store, its schema migrated */
    public DataKeysOnAStore(DataSource operational) {
        this.store = operational;
    }

    /** Adds data key {@code id} on a connection of its own; whether it was added (false: the id was taken). */
    public boolean add(int id) {
        return new JdbcDataKeys(store::getConnection).add(key(id));
    }

    /**
     * As a start that makes the first data key while another server makes it too: adds data key {@code id} and then,
     * in the same transaction, reads the ids of the keys there are, and commits.
     */
    public List<Integer> addAndReadInOneTransaction(int id) throws SQLException {
        try (OneTransaction transaction = OneTransaction.begin(store)) {
            JdbcDataKeys keys = new JdbcDataKeys(transaction.dataSource()::getConnection);
            keys.add(key(id));
            List<Integer> ids = keys.all().stream().map(WrappedDataKey::id).toList();
            transaction.commit();
            return ids;
        }
    }

    private static WrappedDataKey key(int id) {
        return new WrappedDataKey(id, "placeholder-" + id, "placeholder-master", LocalDateTime.of(2026, 1, 1, 0, 0));
    }
}
