package dev.pims.web;

import dev.pims.store.StoreSchema;
import dev.pims.store.StoreSchema.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throwaway PostgreSQL cluster for tests, from Debian's {@code postgresql} package: made with {@code initdb} in a
 * directory of its own, served by {@code pg_ctl} on a free port of 127.0.0.1 only (its unix socket in that directory
 * too), stopped and deleted by {@link #close()}. PostgreSQL refuses to run as root, so as root (this machine, CI) its
 * programs run as the package's {@code postgres} user, who then owns the directory.
 */
public final class PostgresCluster implements AutoCloseable {

    private static final String SUPERUSER = "postgres";

    private final Path directory;
    private final Path bin;
    private final int port;
    private final String superuserPassword;

    private PostgresCluster(Path directory, Path bin, int port, String superuserPassword) {
        this.directory = directory;
        this.bin = bin;
        this.port = port;
        this.superuserPassword = superuserPassword;
    }

    /** Makes a fresh cluster in {@code directory} (whatever was there is deleted) and starts it. */
    public static PostgresCluster start(Path directory) throws IOException {
        Path bin = newestInstalledBin();
        deleteIfPresent(bin, directory);
        Files.createDirectories(directory);
        String password = UUID.randomUUID().toString();
        Path passwordFile = directory.resolve("superuser-password");
        Files.writeString(passwordFile, password);
        handToTheServerUser(directory);
        PostgresCluster cluster = new PostgresCluster(directory, bin, freeLoopbackPort(), password);
        cluster.run(
                "initdb",
                "-D",
                cluster.data().toString(),
                "-U",
                SUPERUSER,
                "--pwfile=" + passwordFile,
                "--auth=scram-sha-256",
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync");
        Files.delete(passwordFile);
        cluster.run(
                "pg_ctl",
                "-D",
                cluster.data().toString(),
                "-l",
                directory.resolve("server.log").toString(),
                "-w",
                "-o",
                // No recycled write-ahead log: a segment done with is deleted, not renamed for reuse with its old
                // contents, as the retention's compaction asks of a server (JdbcStoreCompaction).
                "-c listen_addresses=127.0.0.1 -c port=" + cluster.port + " -c unix_socket_directories=" + directory
                        + " -c fsync=off -c wal_recycle=off",
                "start");
        return cluster;
    }

    /** The directory of PostgreSQL's programs the cluster runs with ({@code pg_dump} among them). */
    public Path bin() {
        return bin;
    }

    /** The cluster's data directory: every file the server keeps its databases and its write-ahead log in. */
    public Path dataDirectory() {
        return data();
    }

    /** The port the cluster listens on, on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** The JDBC URL of one of the cluster's databases. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates a login role with a password. */
    public void createRole(String role, String password) {
        asSuperuser("postgres", "CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
    }

    /** Creates a database owned by the role, which may then create tables in its public schema. */
    public void createDatabase(String database, String owner) {
        asSuperuser("postgres", "CREATE DATABASE " + database + " OWNER " + owner);
    }

    /** A data source on one database as one role. */
    public DataSource dataSource(String database, String role, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url(database));
        dataSource.setUser(role);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** The role that owns and migrates both stores' databases in {@link #migrateBothStores}. */
    public static final String OWNER = "pims_owner";
    /** The role PIMS would connect as, granted only what PIMS does. */
    public static final String APPLICATION = "pims_app";
    /** Both roles' password. */
    public static final String PASSWORD = "pims-postgres-it";

    private static final Map<Store, String> DATABASES =
            Map.of(Store.OPERATIONAL, "pims_operational", Store.SEPARATED, "pims_separated");

    /**
     * Makes both stores as {@code SchemaMigration} makes them: a database each, owned by {@link #OWNER}, migrated by
     * every module's PostgreSQL scripts, which grant {@link #APPLICATION} what PIMS does. Returns the schema.
     */
    public StoreSchema migrateBothStores() {
        createRole(OWNER, PASSWORD);
        createRole(APPLICATION, PASSWORD);
        StoreSchema schema = new StoreSchema(PostgresCluster.class.getClassLoader(), APPLICATION);
        for (Store store : Store.values()) {
            createDatabase(database(store), OWNER);
            schema.migrate(store, owner(store));
        }
        return schema;
    }

    /** The database of a store made by {@link #migrateBothStores}. */
    public String database(Store store) {
        return DATABASES.get(store);
    }

    /** A store as its owner. */
    public DataSource owner(Store store) {
        return dataSource(database(store), OWNER, PASSWORD);
    }

    /** A store as the application role. */
    public DataSource application(Store store) {
        return dataSource(database(store), APPLICATION, PASSWORD);
    }

    /** A data source on one database as the superuser, which no privilege limits (triggers still fire for it). */
    public DataSource superuser(String database) {
        return dataSource(database, SUPERUSER, superuserPassword);
    }

    private void asSuperuser(String database, String sql) {
        try (Connection connection = DriverManager.getConnection(url(database), SUPERUSER, superuserPassword);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + sql, e);
        }
    }

    /** Stops the cluster at once (its data is thrown away) and deletes its directory. */
    @Override
    public void close() throws IOException {
        deleteIfPresent(bin, directory);
    }

    private Path data() {
        return directory.resolve("data");
    }

    private void run(String program, String... arguments) {
        run(bin, program, arguments);
    }

    private static void run(Path bin, String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        execute(command);
    }

    private static void execute(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + command, e);
        }
    }

    private static void deleteIfPresent(Path bin, Path directory) throws IOException {
        if (Files.exists(directory.resolve("data/postmaster.pid"))) {
            run(bin, "pg_ctl", "-D", directory.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        }
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The directory of Debian's newest installed PostgreSQL major version's programs. */
    private static Path newestInstalledBin() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            throw new IllegalStateException(
                    "PostgreSQL is not installed: apt-get install postgresql (./pims test does)");
        }
        try (Stream<Path> installed = Files.list(versions)) {
            return installed
                    .filter(version -> Files.isExecutable(version.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(
                            version -> Integer.parseInt(version.getFileName().toString())))
                    .map(version -> version.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("No initdb under " + versions));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void handToTheServerUser(Path directory) throws IOException {
        if (isRoot()) {
            execute(List.of("chown", "-R", "postgres:postgres", directory.toString()));
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
