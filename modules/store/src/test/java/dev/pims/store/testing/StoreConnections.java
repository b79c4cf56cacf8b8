package dev.pims.store.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * The stores of the running PIMS. On embedded Derby (the default) they are reached over Derby's network server, which
 * only the test configuration opens (on 127.0.0.1, port {@value #DERBY_PORT}; the Derby client driver must be on the
 * test's class path). On PostgreSQL ({@code ./pims start --postgres}) the harness that started the server names its
 * data dir ({@link #onPostgresOf}), whose {@code postgres.credentials} say the cluster's port and the stores' roles'
 * passwords.
 */
public final class StoreConnections {

    public static final int DERBY_PORT = 1527;
    /** The database and role of each store in a cluster {@code ./pims} made ({@code pims.d/postgres.bash}). */
    private static final String POSTGRES_PREFIX = "pims_";

    private static final String SUPERUSER_CREDENTIAL = "superuser";

    private static volatile Path postgresDataDir;

    private StoreConnections() {}

    /** The running PIMS keeps its stores in the PostgreSQL cluster {@code ./pims} made under this data dir. */
    public static void onPostgresOf(Path dataDir) {
        postgresDataDir = dataDir;
    }

    /** The running PIMS keeps its stores on embedded Derby (the default), after a server on PostgreSQL. */
    public static void onDerby() {
        postgresDataDir = null;
    }

    /** Whether the running PIMS keeps its stores on PostgreSQL. */
    public static boolean onPostgres() {
        return postgresDataDir != null;
    }

    /** The data dir of the running PIMS on PostgreSQL, with its cluster and key file; empty on Derby. */
    public static Optional<Path> postgresDataDir() {
        return Optional.ofNullable(postgresDataDir);
    }

    /** The operational store ({@code jdbc/pims}). */
    public static StoreConnection operational() {
        return store("operational");
    }

    /** The separated store ({@code jdbc/pims-separated}). */
    public static StoreConnection separated() {
        return store("separated");
    }

    /**
     * The directory that holds a store's data files: Derby's database folder under the data dir, or PostgreSQL's folder
     * of the store's database in the cluster ({@code base/<oid>}; the write-ahead log, shared by both stores, is not in
     * it).
     */
    public static Path files(Path dataDir, String store) throws SQLException {
        if (!onPostgres()) {
            return dataDir.resolve(store);
        }
        long oid = superuser().count("SELECT oid FROM pg_database WHERE datname = ?", POSTGRES_PREFIX + store);
        return postgresDataDir.resolve("postgres/data/base").resolve(Long.toString(oid));
    }

    /** Has the store write the pages it holds in memory to its files, so that a test that reads them finds them. */
    static void checkpoint(StoreConnection store) throws SQLException {
        if (onPostgres()) {
            superuser().execute("CHECKPOINT");
        } else {
            store.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()");
        }
    }

    /** The store of the server running when the connection is opened: a fixture made earlier follows the harness. */
    private static StoreConnection store(String database) {
        return () -> {
            if (!onPostgres()) {
                return DriverManager.getConnection("jdbc:derby://127.0.0.1:" + DERBY_PORT + "/" + database);
            }
            String role = POSTGRES_PREFIX + database;
            return postgres(role, role).open();
        };
    }

    private static StoreConnection superuser() {
        return postgres("postgres", SUPERUSER_CREDENTIAL);
    }

    /** A connection to a database of the cluster as the role whose password the credentials name by this key. */
    private static StoreConnection postgres(String database, String credential) {
        Properties credentials = credentials();
        String url = "jdbc:postgresql://127.0.0.1:" + credentials.getProperty("port") + "/" + database;
        String role = credential.equals(SUPERUSER_CREDENTIAL) ? "postgres" : credential;
        return () -> DriverManager.getConnection(url, role, credentials.getProperty(credential));
    }

    private static Properties credentials() {
        Properties credentials = new Properties();
        try (Reader file = Files.newBufferedReader(postgresDataDir.resolve("postgres.credentials"))) {
            credentials.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return credentials;
    }
}
