package dev.pims.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.store.StoreSchema;
import dev.pims.store.StoreSchema.Store;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A store made by release 1 (one schema history, V1 to V14, kept as test data in {@code release-1/db}) keeps its data
 * and ends up with exactly the schema a fresh store gets from the modules' own migrations.
 */
class StoreUpgradeTest {

    private static final AtomicInteger STORES = new AtomicInteger();

    private final StoreSchema schema = new StoreSchema(getClass().getClassLoader());

    @Test
    void everyModuleOnTheClassPathOwnsItsSchema() {
        assertThat(schema.contexts(Store.OPERATIONAL))
                .containsExactly(
                        "audit",
                        "deidentification",
                        "dormancy",
                        "inquiry",
                        "inspection",
                        "jobs",
                        "keyring",
                        "mail",
                        "marketing",
                        "membership",
                        "consent",
                        "notices",
                        "partners",
                        "payments",
                        "retention",
                        "staff",
                        "store",
                        "usage");
        assertThat(schema.contexts(Store.SEPARATED)).containsExactly("membership", "retention", "store");
    }

    @Test
    void anOperationalStoreOfRelease1KeepsItsDataAndGetsTheSchemaOfAFreshOne() throws SQLException {
        DataSource release1 = storeOfRelease1("operational");
        execute(
                release1,
                "INSERT INTO MEMBER_ACCOUNT (EMAIL, PASSWORD_HASH, STATUS, LANGUAGE, JOINED_AT)"
                        + " VALUES ('kept@example.com', 'hash', 'ACTIVE', 'ko', CURRENT_TIMESTAMP)");
        execute(
                release1,
                "INSERT INTO ACCESS_RECORD (ID, OCCURRED_AT, ACTOR_ID, ACTOR_ROLE, CLIENT_IP, TASK, CATEGORIES,"
                        + " OPERATION, OUTCOME) VALUES (50, CURRENT_TIMESTAMP, 'member:1000', 'MEMBER', '127.0.0.1', 'VIEW',"
                        + " 'BASIC', 'MemberSelfService.profile', 'SUCCESS')");
        execute(
                release1,
                "INSERT INTO CONSENT_RECORD (MEMBER_ID, PURPOSE, POLICY_VERSION, ACTION, OCCURRED_AT, CLIENT_IP, METHOD)"
                        + " VALUES (1000, 'TERMS_OF_USE', '2019-08-01', 'GIVEN', CURRENT_TIMESTAMP, '127.0.0.1',"
                        + " 'SIGN_UP_FORM')");

        schema.migrate(Store.OPERATIONAL, release1);
        DataSource fresh = newStore();
        schema.migrate(Store.OPERATIONAL, fresh);

        assertThat(describe(release1)).isEqualTo(describe(fresh));
        assertThat(single(release1, "SELECT EMAIL FROM MEMBER_ACCOUNT")).isEqualTo("kept@example.com");
        assertThat(single(release1, "SELECT ACTOR_ID FROM ACCESS_RECORD WHERE ID = 50"))
                .isEqualTo("member:1000");
        assertThat(single(release1, "SELECT COUNT(*) FROM SCHEMA_HISTORY_RELEASE_1"))
                .isEqualTo("14");
        assertThat(single(release1, "SELECT DAYS FROM ACCESS_RETENTION_FLOOR"))
                .isEqualTo(single(fresh, "SELECT DAYS FROM ACCESS_RETENTION_FLOOR"));
        assertThat(single(release1, "SELECT CAST(LAST_POSITION AS CHAR(20)) || LAST_HASH FROM ACCESS_CHAIN_HEAD"))
                .isEqualTo(single(fresh, "SELECT CAST(LAST_POSITION AS CHAR(20)) || LAST_HASH FROM ACCESS_CHAIN_HEAD"));

        String firstVersion = "SELECT CAST(EFFECTIVE_ON AS CHAR(10)) || ' ' || CAST(LENGTH(TEXT_KO) AS CHAR(10))"
                + " FROM POLICY_VERSION WHERE ANNOUNCED_AT IS NOT NULL";
        assertThat(single(fresh, firstVersion))
                .as("the first policy version, with its text, in a fresh store")
                .startsWith("2019-08-01 ")
                .isEqualTo(single(release1, firstVersion));
        assertThat(single(
                        release1,
                        "SELECT CAST(COUNT(*) AS CHAR(10)) FROM CONSENT_RECORD C JOIN POLICY_VERSION V"
                                + " ON V.ID = C.POLICY_VERSION_ID WHERE V.EFFECTIVE_ON = DATE('2019-08-01')"))
                .as("a consent record of release 1 points at the 2019-08-01 version")
                .isEqualTo("1");

        List<String> before = describe(release1);
        schema.migrate(Store.OPERATIONAL, release1);
        assertThat(describe(release1)).as("a second start changes nothing").isEqualTo(before);
    }

    /**
     * The guard of consent's V7, in a store as the migrations leave it: no consent record changes, and one is deleted
     * only when its member's membership ended longer ago than the floor (1825 days) by the database's own clock, which
     * the retention rule's five calendar years always are.
     */
    @Test
    void aConsentRecordIsDeletedOnlyFiveYearsAfterTheMembershipEndedAndNeverChanged() throws SQLException {
        DataSource store = newStore();
        schema.migrate(Store.OPERATIONAL, store);
        String record = "INSERT INTO CONSENT_RECORD (MEMBER_ID, PURPOSE, POLICY_VERSION, POLICY_VERSION_ID, ACTION,"
                + " OCCURRED_AT, CLIENT_IP, METHOD) VALUES (%d, 'TERMS_OF_USE', '2019-08-01', (SELECT MIN(ID) FROM"
                + " POLICY_VERSION), 'GIVEN', CURRENT_TIMESTAMP, '127.0.0.1', 'SIGN_UP_FORM')";
        for (long member : new long[] {1, 2, 3}) {
            execute(store, record.formatted(member));
        }
        execute(
                store,
                "INSERT INTO CONSENT_MEMBERSHIP_ENDED VALUES (1, {fn TIMESTAMPADD(SQL_TSI_DAY, -1827,"
                        + " CURRENT_TIMESTAMP)})");
        execute(
                store,
                "INSERT INTO CONSENT_MEMBERSHIP_ENDED VALUES (2, {fn TIMESTAMPADD(SQL_TSI_DAY, -1824,"
                        + " CURRENT_TIMESTAMP)})");

        execute(store, "DELETE FROM CONSENT_RECORD WHERE MEMBER_ID = 1");
        assertThatThrownBy(() -> execute(store, "DELETE FROM CONSENT_RECORD WHERE MEMBER_ID = 2"))
                .as("a day short of the floor")
                .hasMessageContaining("CONSENT_RECORD_IS_APPEND_ONLY");
        assertThatThrownBy(() -> execute(store, "DELETE FROM CONSENT_RECORD WHERE MEMBER_ID = 3"))
                .as("a membership that has not ended")
                .hasMessageContaining("CONSENT_RECORD_IS_APPEND_ONLY");
        assertThatThrownBy(() -> execute(store, "UPDATE CONSENT_RECORD SET ACTION = 'WITHDRAWN'"))
                .hasMessageContaining("CONSENT_RECORD_IS_APPEND_ONLY");
        assertThatThrownBy(() -> execute(store, "UPDATE CONSENT_MEMBERSHIP_ENDED SET ENDED_AT = CURRENT_TIMESTAMP"))
                .hasMessageContaining("CONSENT_RECORD_IS_APPEND_ONLY");
        assertThatThrownBy(() -> execute(store, "UPDATE CONSENT_RETENTION_FLOOR SET DAYS = 1"))
                .hasMessageContaining("CONSENT_RETENTION_FLOOR_LEGAL");
        assertThatThrownBy(() -> execute(store, "UPDATE POLICY_VERSION SET SUMMARY_EN = 'changed'"))
                .hasMessageContaining("POLICY_VERSION_IS_PUBLISHED");
        assertThat(single(store, "SELECT CAST(COUNT(*) AS CHAR(10)) FROM CONSENT_RECORD"))
                .isEqualTo("2");
    }

    @Test
    void aSeparatedStoreOfRelease1KeepsItsDataAndGetsTheSchemaOfAFreshOne() throws SQLException {
        DataSource release1 = storeOfRelease1("separated");
        execute(
                release1,
                "INSERT INTO SEPARATED_MEMBER VALUES (1000, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
                        + " 'WITHDRAWAL', '{}')");

        schema.migrate(Store.SEPARATED, release1);
        DataSource fresh = newStore();
        schema.migrate(Store.SEPARATED, fresh);

        assertThat(describe(release1)).isEqualTo(describe(fresh));
        assertThat(single(release1, "SELECT REASON FROM SEPARATED_MEMBER")).isEqualTo("WITHDRAWAL");
    }

    @Test
    void aStoreOlderThanRelease1IsRefusedUntouched() throws SQLException {
        DataSource older = newStore();
        Flyway.configure()
                .dataSource(older)
                .locations("classpath:release-1/db/operational")
                .target("13")
                .load()
                .migrate();
        List<String> before = describe(older);

        assertThatThrownBy(() -> schema.migrate(Store.OPERATIONAL, older)).hasMessageContaining("older than release 1");
        assertThat(describe(older)).isEqualTo(before);
    }

    private static DataSource storeOfRelease1(String store) {
        DataSource dataSource = newStore();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:release-1/db/" + store)
                .load()
                .migrate();
        return dataSource;
    }

    private static DataSource newStore() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:store-upgrade-" + STORES.incrementAndGet());
        dataSource.setCreateDatabase("create");
        return dataSource;
    }

    /**
     * Everything about the schema that a query or a guard depends on, one line per item, without the history tables
     * and the names Derby generates for the indexes behind constraints.
     */
    private static List<String> describe(DataSource store) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = store.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String owner = connection.getSchema();
            for (String table : tables(meta, owner)) {
                try (ResultSet columns = meta.getColumns(null, owner, table, "%")) {
                    while (columns.next()) {
                        lines.add("column " + table + "." + columns.getString("COLUMN_NAME") + " "
                                + columns.getString("TYPE_NAME") + "(" + columns.getInt("COLUMN_SIZE") + ") nullable="
                                + columns.getString("IS_NULLABLE") + " default=" + columns.getString("COLUMN_DEF")
                                + " auto=" + columns.getString("IS_AUTOINCREMENT") + " at="
                                + columns.getInt("ORDINAL_POSITION"));
                    }
                }
                TreeMap<String, String> indexes = new TreeMap<>();
                try (ResultSet index = meta.getIndexInfo(null, owner, table, false, false)) {
                    while (index.next()) {
                        String name = index.getString("INDEX_NAME");
                        if (name != null && !name.startsWith("SQL")) {
                            indexes.merge(
                                    name,
                                    index.getString("COLUMN_NAME") + " " + index.getString("ASC_OR_DESC")
                                            + (index.getBoolean("NON_UNIQUE") ? "" : " unique"),
                                    (a, b) -> a + ", " + b);
                        }
                    }
                }
                indexes.forEach((name, columns) -> lines.add("index " + table + "." + name + " (" + columns + ")"));
            }
            lines.addAll(
                    rows(
                            connection,
                            "SELECT 'constraint ' || T.TABLENAME || '.' || C.CONSTRAINTNAME || ' '"
                                    + " || C.TYPE FROM SYS.SYSCONSTRAINTS C JOIN SYS.SYSTABLES T ON T.TABLEID = C.TABLEID"
                                    + " WHERE T.TABLENAME NOT LIKE 'SCHEMA_HISTORY%' AND T.TABLENAME <> 'flyway_schema_history'"));
            lines.addAll(rows(
                    connection,
                    "SELECT 'check ' || C.CONSTRAINTNAME || ' ' || CAST(K.CHECKDEFINITION"
                            + " AS VARCHAR(500)) FROM SYS.SYSCHECKS K JOIN SYS.SYSCONSTRAINTS C ON C.CONSTRAINTID ="
                            + " K.CONSTRAINTID"));
            lines.addAll(rows(
                    connection,
                    "SELECT 'trigger ' || R.TRIGGERNAME || ' ' || R.EVENT || R.FIRINGTIME"
                            + " || R.TYPE || ' on ' || T.TABLENAME || ' old=' || COALESCE(R.OLDREFERENCINGNAME, '-')"
                            + " || ' new=' || COALESCE(R.NEWREFERENCINGNAME, '-') || ' ' || CAST(R.TRIGGERDEFINITION AS"
                            + " VARCHAR(2000)) FROM SYS.SYSTRIGGERS R JOIN SYS.SYSTABLES T ON T.TABLEID = R.TABLEID"));
            lines.addAll(rows(
                    connection,
                    "SELECT 'view ' || T.TABLENAME || ' ' || CAST(V.VIEWDEFINITION AS"
                            + " VARCHAR(2000)) FROM SYS.SYSVIEWS V JOIN SYS.SYSTABLES T ON T.TABLEID = V.TABLEID"));
            lines.addAll(rows(
                    connection,
                    "SELECT 'sequence ' || SEQUENCENAME || ' ' || SEQUENCEDATATYPE || ' start '"
                            + " || CAST(STARTVALUE AS CHAR(20)) || ' by ' || CAST(INCREMENT AS CHAR(20))"
                            + " FROM SYS.SYSSEQUENCES Q JOIN SYS.SYSSCHEMAS S ON S.SCHEMAID = Q.SCHEMAID WHERE S.SCHEMANAME ="
                            + " CURRENT SCHEMA"));
        }
        return lines.stream()
                .map(line -> line.replaceAll("\\s+", " ").trim())
                .sorted()
                .toList();
    }

    private static List<String> tables(DatabaseMetaData meta, String owner) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables(null, owner, "%", new String[] {"TABLE", "VIEW"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!table.startsWith("SCHEMA_HISTORY") && !table.equals("flyway_schema_history")) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String single(DataSource store, String sql) throws SQLException {
        try (Connection connection = store.getConnection()) {
            List<String> values = rows(connection, sql);
            assertThat(values).hasSize(1);
            return values.get(0).trim();
        }
    }

    private static void execute(DataSource store, String sql) throws SQLException {
        try (Connection connection = store.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
