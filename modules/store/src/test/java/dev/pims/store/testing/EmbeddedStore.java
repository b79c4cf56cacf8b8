package dev.pims.store.testing;

import dev.pims.store.StoreSchema;
import dev.pims.store.StoreSchema.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * An embedded Derby operational store in a test's own directory, for a module's tests of its SQL without a running
 * PIMS: made at its first connection, shut down by {@link #close()} so that its files may go with the directory. The
 * test's class path needs Derby (derby, derbyshared, derbytools).
 */
public final class EmbeddedStore implements AutoCloseable {

    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();

    private EmbeddedStore(Path directory) {
        dataSource.setDatabaseName(directory.resolve("operational").toString());
        dataSource.setCreateDatabase("create");
    }

    /** A store without any table yet. */
    public static EmbeddedStore empty(Path directory) {
        return new EmbeddedStore(directory);
    }

    /** A store as a start leaves it: the schema of every module on the test's class path. */
    public static EmbeddedStore migrated(Path directory) {
        EmbeddedStore store = new EmbeddedStore(directory);
        new StoreSchema(EmbeddedStore.class.getClassLoader()).migrate(Store.OPERATIONAL, store.dataSource);
        return store;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void close() {
        dataSource.setShutdownDatabase("shutdown");
        try {
            dataSource.getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a database shut down as an exception (SQLState 08006).
        }
    }
}
