package dev.pims.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * What the modules that last brought a store up to date were, byte for byte: the SHA-256 of each module's archive (its
 * jar, or the directory of its classes and resources), in the order the modules migrate. Every script and Java
 * migration of a module is in its archive, so a store whose recorded fingerprint is the fingerprint of the modules on
 * the class path has every one of their migrations applied and nothing else, and needs no Flyway run to find that out.
 * Any change of any module, a script or not, changes the fingerprint and so lets Flyway migrate and validate as always,
 * as does a migration that failed, for the fingerprint is recorded only once every module's has succeeded. The store
 * keeps it in {@value #TABLE}, the store module's own one-row table.
 */
final class SchemaFingerprint {

    static final String TABLE = "SCHEMA_FINGERPRINT";

    /** A table that does not exist: Derby's and PostgreSQL's SQLState for it. */
    private static final Set<String> NO_SUCH_TABLE = Set.of("42X05", "42P01");

    private SchemaFingerprint() {}

    /** A module's context and where its declaration was found. */
    record Module(String context, URL declaration) {}

    /**
     * The fingerprint of these modules, in this order; empty when an archive is neither a jar file nor a directory
     * (a store migrated from such a class path runs Flyway at every start).
     */
    static Optional<String> of(List<Module> modules) {
        MessageDigest modulesDigest = sha256();
        for (Module module : modules) {
            Optional<byte[]> archive = archiveDigest(module.declaration());
            if (archive.isEmpty()) {
                return Optional.empty();
            }
            modulesDigest.update(module.context().getBytes(StandardCharsets.UTF_8));
            modulesDigest.update((byte) 0);
            modulesDigest.update(archive.get());
        }
        return Optional.of(HexFormat.of().formatHex(modulesDigest.digest()));
    }

    /** The fingerprint the store recorded at its last migration; empty for a store that has no table for it yet. */
    static Optional<String> recorded(DataSource store) {
        try (Connection connection = store.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT FINGERPRINT FROM " + TABLE)) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            if (NO_SUCH_TABLE.contains(e.getSQLState())) {
                return Optional.empty();
            }
            throw new IllegalStateException("Cannot read the store's " + TABLE, e);
        }
    }

    /**
     * Records the fingerprint of the modules that have just migrated the store. The table's one row is made by its
     * script and only ever updated, so that two servers migrating one store at once leave one fingerprint, the last.
     */
    static void record(DataSource store, String fingerprint) {
        try (Connection connection = store.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE + " SET FINGERPRINT = ?")) {
            update.setString(1, fingerprint);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException(TABLE + " has lost its one row");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the store's " + TABLE, e);
        }
    }

    private static Optional<byte[]> archiveDigest(URL declaration) {
        try {
            return switch (declaration.getProtocol()) {
                case "jar" -> {
                    URL jar = ((JarURLConnection) declaration.openConnection()).getJarFileURL();
                    yield "file".equals(jar.getProtocol())
                            ? Optional.of(fileDigest(Path.of(jar.toURI())))
                            : Optional.empty();
                }
                // META-INF/pims-schema.properties in a directory of classes: the directory two levels up.
                case "file" ->
                    Optional.of(directoryDigest(
                            Path.of(declaration.toURI()).getParent().getParent()));
                default -> Optional.empty();
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the module of " + declaration, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Not a path: " + declaration, e);
        }
    }

    private static byte[] fileDigest(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return digest.digest();
    }

    /** Every file under the directory, by its path from there, in the order of those paths. */
    private static byte[] directoryDigest(Path root) throws IOException {
        MessageDigest digest = sha256();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(fileDigest(file));
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
