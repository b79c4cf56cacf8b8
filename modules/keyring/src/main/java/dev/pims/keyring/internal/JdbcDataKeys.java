package dev.pims.keyring.internal;

import dev.pims.keyring.domain.DataKeys;
import dev.pims.keyring.domain.WrappedDataKey;
import dev.pims.store.StoreVendor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The data keys by plain JDBC on the operational store: in the server through its DataSource, in the caller's
 * transaction; in {@code ./pims keys rotate} on a connection of the embedded store that nothing else has open.
 */
@ApplicationScoped
public class JdbcDataKeys implements DataKeys {

    /** A connection to the operational store, new for each use. */
    @FunctionalInterface
    public interface Connections {

        Connection open() throws SQLException;
    }

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    private Connections connections;

    JdbcDataKeys() {}

    /** Outside a server: the tests' fixtures, and the rotation. */
    public JdbcDataKeys(Connections connections) {
        this.connections = connections;
    }

    @PostConstruct
    void inTheServer() {
        connections = store::getConnection;
    }

    @Override
    public List<WrappedDataKey> all() {
        try (Connection connection = connections.open();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT ID, WRAPPED_KEY, MASTER_KEY_ID, CREATED_AT FROM KEY_RING_DATA_KEY ORDER BY ID");
                ResultSet row = select.executeQuery()) {
            List<WrappedDataKey> keys = new ArrayList<>();
            while (row.next()) {
                keys.add(new WrappedDataKey(
                        row.getInt(1),
                        row.getString(2),
                        row.getString(3),
                        row.getTimestamp(4).toLocalDateTime()));
            }
            return keys;
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not read the key ring's data keys", failure);
        }
    }

    /**
     * Another server that starts on the same store at the same moment may add the first key too: the key it added is
     * then taken, and this server goes on in its transaction to read the keys there are.
     */
    @Override
    public boolean add(WrappedDataKey key) {
        try (Connection connection = connections.open()) {
            return insert(connection, key, StoreVendor.of(connection).skippingATakenKey()) == 1;
        } catch (SQLIntegrityConstraintViolationException taken) {
            return false;
        } catch (SQLException failure) {
            if ("23505".equals(failure.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("Could not add data key " + key.id(), failure);
        }
    }

    @Override
    public void rewrapAllAndAdd(List<WrappedDataKey> rewrapped, WrappedDataKey added) {
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE KEY_RING_DATA_KEY SET WRAPPED_KEY = ?, MASTER_KEY_ID = ? WHERE ID = ?")) {
                for (WrappedDataKey key : rewrapped) {
                    update.setString(1, key.wrappedKey());
                    update.setString(2, key.masterKeyId());
                    update.setInt(3, key.id());
                    if (update.executeUpdate() != 1) {
                        throw new SQLException("Data key " + key.id() + " is gone");
                    }
                }
                // A taken key fails the rotation, which then changes nothing.
                insert(connection, added, "");
                connection.commit();
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not re-wrap the data keys; nothing was changed", failure);
        }
    }

    /** @return how many rows it inserted: none when {@code ending} skips a taken key and the key is taken */
    private static int insert(Connection connection, WrappedDataKey key, String ending) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO KEY_RING_DATA_KEY (ID, WRAPPED_KEY, MASTER_KEY_ID, CREATED_AT) VALUES (?, ?, ?, ?)"
                        + ending)) {
            insert.setInt(1, key.id());
            insert.setString(2, key.wrappedKey());
            insert.setString(3, key.masterKeyId());
            insert.setTimestamp(4, Timestamp.valueOf(key.createdAt()));
            return insert.executeUpdate();
        }
    }
}
