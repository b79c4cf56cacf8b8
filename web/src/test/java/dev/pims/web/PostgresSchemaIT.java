package dev.pims.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.store.StoreSchema;
import dev.pims.store.StoreSchema.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both stores' schema on a real PostgreSQL (issue 19): every module's PostgreSQL scripts run where its Derby scripts
 * run, end at the same versions with the same tables, and PostgreSQL itself enforces what Derby's guards enforce,
 * naming the same guard, while the application role, a role other than the owner, is granted only what PIMS does. No
 * server: the stores are migrated as {@code SchemaMigration} migrates them, then tried with SQL.
 */
class PostgresSchemaIT {

    private static final String HASH = "a".repeat(64);
    private static final String POLICY_OF_2019 =
            "(SELECT ID FROM POLICY_VERSION WHERE EFFECTIVE_ON = DATE '2019-08-01')";

    private static PostgresCluster cluster;
    private static StoreSchema schema;

    @BeforeAll
    static void migrateBothStores() throws IOException {
        cluster = PostgresCluster.start(Path.of("target", "postgres-schema-it").toAbsolutePath());
        schema = cluster.migrateBothStores();
    }

    @AfterAll
    static void stopTheCluster() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void everyModulesHistoryMeansWhatItMeansOnDerbyAndIsAtTheNewestVersion() throws SQLException {
        for (Store store : Store.values()) {
            DataSource derby = migratedDerby(store);
            for (String context : schema.contexts(store)) {
                String history = "\"SCHEMA_HISTORY_" + context.toUpperCase(Locale.ROOT) + "\"";
                String migrations = "SELECT \"version\" || ' ' || \"description\" || ' ' || \"type\" FROM " + history
                        + " WHERE \"success\" AND \"type\" <> 'BASELINE' ORDER BY \"installed_rank\"";
                assertThat(rows(owner(store), migrations))
                        .as("the %s history of %s", context, store)
                        .isNotEmpty()
                        .isEqualTo(rows(derby, migrations));
            }
        }
    }

    @Test
    void theStoresHaveDerbysTablesAndColumns() throws SQLException {
        for (Store store : Store.values()) {
            assertThat(columns(owner(store))).as(store.name()).isEqualTo(columns(migratedDerby(store)));
        }
    }

    @Test
    void theApplicationAppendsToEveryAppendOnlyTableAsOnDerby() throws SQLException {
        appendOneOfEach(700);

        assertThat(rows(
                        application(Store.OPERATIONAL),
                        "SELECT COUNT(*) FROM ACCESS_RECORD_SUBJECTS WHERE RECORD_ID = 700"))
                .containsExactly("2");
    }

    @Test
    void theOwnerIsRefusedEveryChangeByTheGuardOfTheTable() throws SQLException {
        appendOneOfEach(800);
        DataSource owner = owner(Store.OPERATIONAL);
        Map<String, String> refusedByGuard = Map.ofEntries(
                Map.entry("UPDATE ACCESS_RECORD SET REASON = 'x' WHERE ID = 800", "ACCESS_RECORD_IS_APPEND_ONLY"),
                Map.entry("DELETE FROM ACCESS_RECORD WHERE ID = 800", "ACCESS_RECORD_IS_APPEND_ONLY"),
                Map.entry("TRUNCATE ACCESS_RECORD CASCADE", "ACCESS_RECORD_IS_APPEND_ONLY"),
                Map.entry(
                        "UPDATE ACCESS_RECORD_SUBJECT SET SUBJECT_ID = 1 WHERE RECORD_ID = 800",
                        "ACCESS_RECORD_IS_APPEND_ONLY"),
                Map.entry("DELETE FROM ACCESS_RECORD_SUBJECT WHERE RECORD_ID = 800", "ACCESS_RECORD_IS_APPEND_ONLY"),
                Map.entry(
                        "UPDATE ACCESS_CHAIN_LINK SET SUBJECT_ID = 1 WHERE RECORD_ID = 800",
                        "ACCESS_RECORD_IS_APPEND_ONLY"),
                Map.entry("DELETE FROM ACCESS_CHAIN_LINK WHERE RECORD_ID = 800", "ACCESS_RECORD_IS_APPEND_ONLY"),
                Map.entry("UPDATE ACCESS_CHAIN_CHECKPOINT SET DESTROYED = 0", "ACCESS_RECORD_IS_APPEND_ONLY"),
                Map.entry("DELETE FROM ACCESS_CHAIN_CHECKPOINT", "ACCESS_RECORD_IS_APPEND_ONLY"),
                Map.entry(
                        "INSERT INTO ACCESS_CHAIN_CHECKPOINT VALUES (800, '" + "b".repeat(64) + "', CURRENT_TIMESTAMP,"
                                + " CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP)",
                        "ACCESS_RECORD_IS_APPEND_ONLY"),
                Map.entry("UPDATE ACCESS_CHAIN_VERIFICATION SET PROBLEM = 'x'", "ACCESS_RECORD_IS_APPEND_ONLY"),
                Map.entry("DELETE FROM ACCESS_CHAIN_VERIFICATION", "ACCESS_RECORD_IS_APPEND_ONLY"),
                Map.entry("UPDATE ACCESS_RETENTION_FLOOR SET DAYS = 1", "ACCESS_RETENTION_FLOOR_LEGAL"),
                Map.entry(
                        "UPDATE CONSENT_RECORD SET METHOD = 'x' WHERE MEMBER_ID = 800",
                        "CONSENT_RECORD_IS_APPEND_ONLY"),
                Map.entry("DELETE FROM CONSENT_RECORD WHERE MEMBER_ID = 800", "CONSENT_RECORD_IS_APPEND_ONLY"),
                Map.entry(
                        "UPDATE CONSENT_MEMBERSHIP_ENDED SET ENDED_AT = DATE '2000-01-01' WHERE MEMBER_ID = 800",
                        "CONSENT_RECORD_IS_APPEND_ONLY"),
                Map.entry("UPDATE CONSENT_RETENTION_FLOOR SET DAYS = 1", "CONSENT_RETENTION_FLOOR_LEGAL"),
                Map.entry(
                        "UPDATE POLICY_VERSION SET SUMMARY_EN = 'x' WHERE ID = " + POLICY_OF_2019,
                        "POLICY_VERSION_IS_PUBLISHED"),
                Map.entry("DELETE FROM POLICY_VERSION WHERE ANNOUNCED_AT IS NOT NULL", "POLICY_VERSION_IS_PUBLISHED"),
                Map.entry("UPDATE DESTRUCTION_LEDGER SET RECORDS = 0", "DESTRUCTION_LEDGER_IS_APPEND_ONLY"),
                Map.entry("DELETE FROM DESTRUCTION_LEDGER", "DESTRUCTION_LEDGER_IS_APPEND_ONLY"),
                Map.entry("UPDATE ACCESS_RIGHTS_RECORD SET REASON = 'x'", "ACCESS_RIGHTS_RECORD_IS_APPEND_ONLY"),
                Map.entry("DELETE FROM ACCESS_RIGHTS_RECORD", "ACCESS_RIGHTS_RECORD_IS_APPEND_ONLY"));

        refusedByGuard.forEach((sql, guard) ->
                assertThatThrownBy(() -> execute(owner, sql)).as(sql).hasMessageContaining(guard));
    }

    @Test
    void theApplicationRoleHasNoPrivilegeToChangeWhatIsAppendOnly() throws SQLException {
        appendOneOfEach(900);
        DataSource application = application(Store.OPERATIONAL);
        for (String sql : List.of(
                "UPDATE ACCESS_RECORD SET REASON = 'x' WHERE ID = 900",
                "UPDATE ACCESS_CHAIN_LINK SET SUBJECT_ID = 1 WHERE RECORD_ID = 900",
                "DELETE FROM ACCESS_CHAIN_CHECKPOINT",
                "UPDATE CONSENT_RECORD SET METHOD = 'x' WHERE MEMBER_ID = 900",
                "UPDATE ACCESS_RETENTION_FLOOR SET DAYS = 9999",
                "DELETE FROM DESTRUCTION_LEDGER",
                "UPDATE ACCESS_RIGHTS_RECORD SET REASON = 'x'",
                "TRUNCATE ACCESS_RECORD")) {
            assertThatThrownBy(() -> execute(application, sql)).as(sql).hasMessageContaining("permission denied");
        }
    }

    @Test
    void retentionDestroysAnOldSealedRecordBehindACheckpointAndNothingElse() throws SQLException {
        DataSource application = application(Store.OPERATIONAL);
        String threeYearsAgo = "(CURRENT_TIMESTAMP AT TIME ZONE 'UTC') - INTERVAL '3 years'";
        execute(application, accessRecord(100, threeYearsAgo));
        execute(application, "INSERT INTO ACCESS_RECORD_SUBJECT VALUES (100, 1002)");
        execute(application, link(100, threeYearsAgo));
        execute(
                application,
                "INSERT INTO ACCESS_CHAIN_CHECKPOINT VALUES (100, '" + HASH + "', " + threeYearsAgo + ", "
                        + threeYearsAgo + ", 1, CURRENT_TIMESTAMP)");

        execute(application, "DELETE FROM ACCESS_RECORD_SUBJECT WHERE RECORD_ID = 100");
        assertThatThrownBy(() -> execute(application, "DELETE FROM ACCESS_CHAIN_LINK WHERE RECORD_ID = 100"))
                .as("a link whose record is still there")
                .hasMessageContaining("ACCESS_RECORD_IS_APPEND_ONLY");
        execute(application, "DELETE FROM ACCESS_RECORD WHERE ID = 100");
        execute(application, "DELETE FROM ACCESS_CHAIN_LINK WHERE RECORD_ID = 100");

        assertThat(rows(application, "SELECT COUNT(*) FROM ACCESS_CHAIN_LINK WHERE RECORD_ID = 100"))
                .containsExactly("0");
    }

    /** One row in each append-only table, as the application writes them; ids from {@code id} on. */
    private static void appendOneOfEach(int id) throws SQLException {
        DataSource application = application(Store.OPERATIONAL);
        String now = "CURRENT_TIMESTAMP AT TIME ZONE 'UTC'";
        execute(application, "SELECT nextval('ACCESS_RECORD_SEQ'), nextval('ACCESS_RIGHTS_RECORD_SEQ')");
        execute(application, accessRecord(id, now));
        execute(application, "INSERT INTO ACCESS_RECORD_SUBJECT VALUES (" + id + ", " + (id + 1) + ")");
        execute(application, link(id, now));
        execute(
                application,
                "INSERT INTO ACCESS_CHAIN_VERIFICATION (STARTED_AT, ENDED_AT, REQUESTED_BY,"
                        + " FROM_POSITION, TO_POSITION, RECORDS_CHECKED, OUTCOME) VALUES (" + now + ", " + now
                        + ", 'auditor',"
                        + " 1, " + id + ", 1, 'INTACT')");
        execute(
                application,
                "INSERT INTO CONSENT_RECORD (MEMBER_ID, PURPOSE, POLICY_VERSION, ACTION, OCCURRED_AT,"
                        + " CLIENT_IP, METHOD, POLICY_VERSION_ID) VALUES (" + id
                        + ", 'MARKETING_EMAIL', '2019-08-01', 'GIVEN', "
                        + now + ", '127.0.0.1', 'WEB_FORM', " + POLICY_OF_2019 + ")");
        execute(application, "INSERT INTO CONSENT_MEMBERSHIP_ENDED VALUES (" + id + ", " + now + ")");
        execute(
                application,
                "INSERT INTO DESTRUCTION_LEDGER (JOB_RUN_ID, RULE_NAME, RECORDS, OLDEST, NEWEST,"
                        + " DESTROYED_AT) VALUES (" + id + ", 'audit.access-records', 1, " + now + ", " + now + ", "
                        + now + ")");
        execute(
                application,
                "INSERT INTO ACCESS_RIGHTS_RECORD (ID, OCCURRED_AT, ACTOR_ID, TARGET_LOGIN_ID,"
                        + " CHANGE_KIND, REASON) VALUES (nextval('ACCESS_RIGHTS_RECORD_SEQ'), " + now + ", 'officer',"
                        + " 'handler', 'GRANT', 'hired')");
    }

    private static String accessRecord(int id, String occurredAt) {
        return "INSERT INTO ACCESS_RECORD (ID, OCCURRED_AT, ACTOR_ID, ACTOR_ROLE, CLIENT_IP, TASK, CATEGORIES,"
                + " OPERATION, OUTCOME, SUBJECT_IDS) VALUES (" + id + ", " + occurredAt + ", 'handler', 'HANDLER',"
                + " '127.0.0.1', 'VIEW', 'BASIC', 'MemberCare.view', 'ALLOWED', '" + id + "," + (id + 1) + "')";
    }

    private static String link(int position, String occurredAt) {
        return "INSERT INTO ACCESS_CHAIN_LINK VALUES (" + position + ", " + position + ", " + occurredAt + ", '" + HASH
                + "', CURRENT_TIMESTAMP, " + position + ")";
    }

    private static DataSource owner(Store store) {
        return cluster.owner(store);
    }

    private static DataSource application(Store store) {
        return cluster.application(store);
    }

    private static DataSource migratedDerby(Store store) {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:postgres-schema-it-" + store.name().toLowerCase(Locale.ROOT));
        derby.setCreateDatabase("create");
        schema.migrate(store, derby);
        return derby;
    }

    /**
     * Every column of every table, by name, without the histories and Derby's guard tables, which PostgreSQL's
     * triggers need not.
     */
    private static TreeSet<String> columns(DataSource store) throws SQLException {
        TreeSet<String> columns = new TreeSet<>();
        try (Connection connection = store.getConnection();
                ResultSet found = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
            while (found.next()) {
                String table = found.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                boolean derbysGuard = table.endsWith("_APPEND_ONLY") || table.equals("POLICY_VERSION_PUBLISHED");
                if (!table.startsWith("SCHEMA_HISTORY_") && !derbysGuard) {
                    columns.add(table + "." + found.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    private static List<String> rows(DataSource store, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = store.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static void execute(DataSource store, String sql) throws SQLException {
        try (Connection connection = store.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
