package dev.pims.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The schema of one store, assembled from the modules on the class path. Each module owns its tables: it declares
 * itself in {@value #DECLARATION} ({@code context}, the {@code stores} it has tables in) and carries its Flyway scripts
 * in {@code db/<store>/<context>/}, with a schema history of its own ({@code SCHEMA_HISTORY_<CONTEXT>}), so that a
 * module's versions never collide with another's and a new module never touches a script of an old one. Modules
 * migrate in the order of their contexts' names, except that one declaring {@code after} (contexts, comma-separated)
 * migrates after those: a script that reads another module's table once, to fill one of its own, declares it.
 *
 * <p>Each database product has its own scripts ({@link StoreVendor}), chosen by the product the connection names: Derby's
 * in {@code db/<store>/<context>/}, PostgreSQL's in {@code db/postgresql/<store>/<context>/}, with the same versions
 * and descriptions, so that a module's history means the same on both. PostgreSQL's root is beside the stores' folders,
 * not inside a module's: Flyway scans a location recursively, so scripts under {@code db/<store>/<context>/} would run
 * on Derby too. It stays under {@code db/} so that a Java migration has a package there as Derby's have
 * ({@code db.postgresql.operational.consent}). Derby's root cannot move: its stores' histories name its scripts.
 * PostgreSQL's scripts grant the application role ({@value #APPLICATION_ROLE}, a Flyway placeholder) what it may do on
 * each table; by default it is the role that migrates, the owner, as on Derby.
 *
 * <p>Stores made before the modules owned their schemas (release 1) kept one history, {@code flyway_schema_history},
 * whose last version was {@value #RELEASE_1_LAST_OPERATIONAL} in the operational store: a module whose declaration
 * names a {@code release-1-baseline} reproduces its part of that schema in the scripts up to that version, so such a
 * store starts the module's history there instead of running them, and the old history is kept under
 * {@value #RELEASE_1_HISTORY}. Only Derby stores are that old: no PostgreSQL store predates the modules.
 */
public final class StoreSchema {

    /** The resource by which a module declares the schema it owns. */
    public static final String DECLARATION = "META-INF/pims-schema.properties";

    static final String RELEASE_1_HISTORY = "SCHEMA_HISTORY_RELEASE_1";
    static final String RELEASE_1_LAST_OPERATIONAL = "14";
    private static final String SINGLE_HISTORY = "flyway_schema_history";
    /** The placeholder by which PostgreSQL's scripts name the role PIMS connects as. */
    static final String APPLICATION_ROLE = "appRole";
    /** The application role of a store whose owner is also the role PIMS connects as (the default, as on Derby). */
    static final String OWNER_IS_THE_APPLICATION = "CURRENT_USER";

    /** The context of this module's own schema: the table of the fingerprint. */
    private static final String OWN_CONTEXT = "store";

    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** The two stores of PIMS; each is its own database. */
    public enum Store {
        /** The data PIMS works with. */
        OPERATIONAL("operational", RELEASE_1_LAST_OPERATIONAL),
        /** Personal data whose purpose is achieved, kept apart until its destruction (policy §6A). */
        SEPARATED("separated", "1");

        private final String directory;
        private final String release1LastVersion;

        Store(String directory, String release1LastVersion) {
            this.directory = directory;
            this.release1LastVersion = release1LastVersion;
        }
    }

    /** What {@link #migrate} found. */
    public enum Outcome {
        /** The modules are byte for byte those that last brought the store up to date: no Flyway history was read. */
        UNCHANGED,
        /** Flyway brought each module's history up to date, having validated what was applied before. */
        MIGRATED
    }

    private record ModuleSchema(String context, URL declaration, String release1Baseline, List<String> after) {

        String historyTable() {
            return "SCHEMA_HISTORY_" + context.toUpperCase(Locale.ROOT);
        }
    }

    /** Where a module's scripts for one store are, for the database product of the store: each has its own root. */
    static String location(StoreVendor vendor, Store store, String context) {
        String root = switch (vendor) {
            // The scripts every store was made with since release 1.
            case DERBY -> "db";
            // The same schema, its rules enforced by PostgreSQL's own triggers and privileges.
            case POSTGRESQL -> "db/postgresql";
        };
        return "classpath:" + root + "/" + store.directory + "/" + context;
    }

    private final ClassLoader classLoader;
    private final String applicationRole;

    /** The modules that declare a schema on this class loader's path; PIMS connects as the stores' owner. */
    public StoreSchema(ClassLoader classLoader) {
        this(classLoader, OWNER_IS_THE_APPLICATION);
    }

    /**
     * The modules that declare a schema on this class loader's path, for a PostgreSQL store whose tables PIMS reaches as
     * {@code applicationRole}, a role other than the owner that migrates: it is granted only what PIMS may do.
     */
    public StoreSchema(ClassLoader classLoader, String applicationRole) {
        if (!applicationRole.equals(OWNER_IS_THE_APPLICATION)
                && !ROLE_NAME.matcher(applicationRole).matches()) {
            throw new IllegalArgumentException("Not a plain role name: " + applicationRole);
        }
        this.classLoader = classLoader;
        this.applicationRole = applicationRole;
    }

    /**
     * Brings the store to the schema of every module on the class path; a failing script stops with an exception. A
     * store last migrated by exactly these modules ({@link SchemaFingerprint}) is left as it is, without reading each
     * module's history with Flyway: the part of a start that this saves.
     */
    public Outcome migrate(Store store, DataSource dataSource) {
        List<ModuleSchema> modules = modulesWithTablesIn(store);
        Optional<String> fingerprint = SchemaFingerprint.of(modules.stream()
                .map(module -> new SchemaFingerprint.Module(module.context(), module.declaration()))
                .toList());
        if (fingerprint.isPresent() && fingerprint.equals(SchemaFingerprint.recorded(dataSource))) {
            return Outcome.UNCHANGED;
        }
        StoreVendor vendor = StoreVendor.of(dataSource);
        if (vendor == StoreVendor.DERBY && hasTable(dataSource, SINGLE_HISTORY)) {
            handOverTheSingleHistory(store, dataSource, modules);
        }
        for (ModuleSchema module : modules) {
            // A module's first migration in a store that already holds other modules' tables: its history starts
            // empty (version 0), not with a refusal of the non-empty schema.
            flyway(vendor, store, module, dataSource)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        }
        // Without the store module on the class path there is no table to record it in, and every start migrates.
        if (fingerprint.isPresent()
                && modules.stream().anyMatch(module -> module.context().equals(OWN_CONTEXT))) {
            SchemaFingerprint.record(dataSource, fingerprint.get());
        }
        return Outcome.MIGRATED;
    }

    /** The contexts with tables in the store, in the order they migrate. */
    public List<String> contexts(Store store) {
        return modulesWithTablesIn(store).stream().map(ModuleSchema::context).toList();
    }

    private void handOverTheSingleHistory(Store store, DataSource dataSource, List<ModuleSchema> modules) {
        String reached = lastVersionOfTheSingleHistory(dataSource);
        if (!store.release1LastVersion.equals(reached)) {
            throw new IllegalStateException("The " + store.directory + " store was made by a PIMS older than release 1"
                    + " (schema version " + reached + ", release 1 has " + store.release1LastVersion + "): migrate it"
                    + " with release 1 first.");
        }
        for (ModuleSchema module : modules) {
            if (module.release1Baseline() != null && !hasTable(dataSource, module.historyTable())) {
                flyway(StoreVendor.DERBY, store, module, dataSource)
                        .baselineVersion(module.release1Baseline())
                        .baselineDescription("the schema of release 1, made by its single history")
                        .load()
                        .baseline();
            }
        }
        execute(dataSource, "RENAME TABLE \"" + SINGLE_HISTORY + "\" TO " + RELEASE_1_HISTORY);
    }

    private FluentConfiguration flyway(StoreVendor vendor, Store store, ModuleSchema module, DataSource dataSource) {
        FluentConfiguration configuration = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(location(vendor, store, module.context()))
                .table(module.historyTable());
        return vendor == StoreVendor.POSTGRESQL
                ? configuration.placeholders(Map.of(APPLICATION_ROLE, applicationRole))
                : configuration;
    }

    private List<ModuleSchema> modulesWithTablesIn(Store store) {
        TreeMap<String, ModuleSchema> modules = new TreeMap<>();
        for (URL declaration : declarations()) {
            Properties properties = read(declaration);
            String context = properties.getProperty("context");
            List<String> stores = listed(properties.getProperty("stores"));
            if (context == null || context.isBlank()) {
                throw new IllegalStateException(declaration + " names no context");
            }
            if (stores.contains(store.directory)) {
                String baseline = properties.getProperty("release-1-baseline." + store.directory);
                ModuleSchema module =
                        new ModuleSchema(context, declaration, baseline, listed(properties.getProperty("after")));
                if (modules.put(context, module) != null) {
                    throw new IllegalStateException("Two modules declare the context " + context);
                }
            }
        }
        return inMigrationOrder(modules);
    }

    private static List<String> listed(String value) {
        return value == null || value.isBlank()
                ? List.of()
                : List.of(value.trim().split("\\s*,\\s*"));
    }

    /** By name, each module placed only once the modules it migrates after (those in this store) are. */
    private static List<ModuleSchema> inMigrationOrder(TreeMap<String, ModuleSchema> byName) {
        List<ModuleSchema> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (ordered.size() < byName.size()) {
            ModuleSchema next = byName.values().stream()
                    .filter(module -> !placed.contains(module.context()))
                    .filter(module -> module.after().stream()
                            .allMatch(before -> placed.contains(before) || !byName.containsKey(before)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "The modules' declarations of what they migrate after make a cycle: " + byName.keySet()));
            ordered.add(next);
            placed.add(next.context());
        }
        return ordered;
    }

    private List<URL> declarations() {
        try {
            return Collections.list(classLoader.getResources(DECLARATION));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties read(URL declaration) {
        try (InputStream in = declaration.openStream()) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lastVersionOfTheSingleHistory(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"" + SINGLE_HISTORY
                        + "\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")) {
            return rows.next() ? rows.getString(1) : "none";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + SINGLE_HISTORY, e);
        }
    }

    private static boolean hasTable(DataSource dataSource, String table) {
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection
                        .getMetaData()
                        .getTables(null, connection.getSchema(), table, new String[] {"TABLE"})) {
            return tables.next();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the tables of the store", e);
        }
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + sql, e);
        }
    }
}
