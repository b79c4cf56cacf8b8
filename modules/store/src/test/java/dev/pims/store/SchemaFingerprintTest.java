package dev.pims.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.store.StoreSchema.Outcome;
import dev.pims.store.StoreSchema.Store;
import dev.pims.store.testing.EmbeddedStore;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store migrated by the same modules again is left as it is; a module that changed, or a migration that failed, has
 * Flyway migrate it as before. Each module is a jar made here (context "alpha"); the store module's own schema comes
 * from its classes directory.
 */
class SchemaFingerprintTest {

    private static final String FIRST = "CREATE TABLE ALPHA_ONE (ID INT NOT NULL)";
    private static final String SECOND = "CREATE TABLE ALPHA_TWO (ID INT NOT NULL)";

    @TempDir
    Path dir;

    private EmbeddedStore store;

    @BeforeEach
    void aNewStore() {
        store = EmbeddedStore.empty(dir);
    }

    @AfterEach
    void shutDown() {
        store.close();
    }

    @Test
    void theSameModulesLeaveTheStoreAsItIsAndAChangedModuleMigratesIt() throws Exception {
        Path first = module("alpha-1.jar", Map.of("V1__one.sql", FIRST));

        assertThat(migrate(first)).isEqualTo(Outcome.MIGRATED);
        assertThat(migrate(first)).isEqualTo(Outcome.UNCHANGED);
        assertThat(appliedVersions()).isEqualTo(1);

        Path second = module("alpha-2.jar", Map.of("V1__one.sql", FIRST, "V2__two.sql", SECOND));
        assertThat(migrate(second)).isEqualTo(Outcome.MIGRATED);
        assertThat(appliedVersions()).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM ALPHA_TWO")).isZero();
        assertThat(migrate(second)).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void aMigrationThatFailedIsNotTakenForDoneByTheNextStart() throws Exception {
        Path first = module("alpha-1.jar", Map.of("V1__one.sql", FIRST));
        migrate(first);
        Path failing =
                module("alpha-2.jar", Map.of("V1__one.sql", FIRST, "V2__two.sql", "CREATE TABLE ALPHA_ONE (X INT)"));

        assertThatThrownBy(() -> migrate(failing)).hasMessageContaining("V2");
        assertThatThrownBy(() -> migrate(failing)).hasMessageContaining("V2");
        assertThat(migrate(first)).isEqualTo(Outcome.UNCHANGED);
    }

    private Outcome migrate(Path module) throws IOException {
        try (URLClassLoader modules = new URLClassLoader(
                new URL[] {module.toUri().toURL()}, getClass().getClassLoader())) {
            return new StoreSchema(modules).migrate(Store.OPERATIONAL, store.dataSource());
        }
    }

    /** A module's jar with its declaration and its scripts for the operational store. */
    private Path module(String name, Map<String, String> scripts) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(StoreSchema.DECLARATION, "context=alpha\nstores=operational\n");
        scripts.forEach((script, sql) -> entries.put("db/operational/alpha/" + script, sql));
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private long appliedVersions() throws SQLException {
        return count("SELECT COUNT(*) FROM SCHEMA_HISTORY_ALPHA WHERE \"success\" = TRUE AND \"version\" <> '0'");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = store.connection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
