package dev.pims.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.audit.testing.AccessLogOnAStore;
import dev.pims.audit.testing.AccessLogOnAStore.OpenSealing;
import dev.pims.backup.testing.BackupOnAStore;
import dev.pims.retention.testing.CompactionOnAStore;
import dev.pims.store.StoreSchema.Store;
import dev.pims.store.StoreVendor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modules' own SQL at run time on a real PostgreSQL (issue 19), where {@link PostgresSchemaIT} proves the schema:
 * the statements of {@link StatementsOnEitherStore}, and what only PostgreSQL does: two servers' sealers taking turns
 * by the chain head's row lock, the compaction, the backup. The statements that need the application's privileges only
 * run as the application role, a role other than the owner; the compaction and the backup run as the owner, the role
 * PIMS connects as on PostgreSQL. No server.
 */
class PostgresStatementsIT extends StatementsOnEitherStore {

    private static PostgresCluster cluster;

    @BeforeAll
    static void migrateBothStores() throws IOException {
        cluster = PostgresCluster.start(
                Path.of("target", "postgres-statements-it").toAbsolutePath());
        cluster.migrateBothStores();
    }

    @AfterAll
    static void stopTheCluster() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** As the application role, which is granted only what PIMS does. */
    @Override
    DataSource operational() {
        return application(Store.OPERATIONAL);
    }

    @Override
    DataSource separated() {
        return application(Store.SEPARATED);
    }

    @Test
    void eachStoreIsToldToBePostgresqlByItsConnection() {
        for (Store store : Store.values()) {
            assertThat(StoreVendor.of(application(store))).isEqualTo(StoreVendor.POSTGRESQL);
        }
    }

    /**
     * Two servers' sealers take turns by the head's row lock in the database: the second waits while the first's
     * transaction is open and then chains after what the first committed. Without the lock the second would read the
     * same head, not wait, and fail on the first's positions.
     */
    @Test
    void aSealingHoldsTheHeadsRowLockUntilItCommitsAndAnotherServersSealingWaitsThenFollowsIt() throws Exception {
        AccessLogOnAStore log = new AccessLogOnAStore(application(Store.OPERATIONAL));
        List<Long> first = log.write(3, now(), 6_000);
        List<Long> second = log.write(3, now(), 6_100);
        long head = log.headPosition();
        ExecutorService otherServer = Executors.newSingleThreadExecutor();
        try (OpenSealing sealing = log.beginSealing(first)) {
            Future<Integer> secondSealing = otherServer.submit(() -> log.seal(second));

            assertThatThrownBy(() -> secondSealing.get(2, TimeUnit.SECONDS))
                    .as("the other sealing, while the first holds the head")
                    .isInstanceOf(TimeoutException.class);
            sealing.commit();
            assertThat(secondSealing.get(30, TimeUnit.SECONDS)).isEqualTo(3);
        } finally {
            otherServer.shutdownNow();
        }

        assertThat(log.headPosition()).isEqualTo(head + 6);
        assertThat(log.verify()).isEqualTo("INTACT");
    }

    /**
     * Policy §6B on PostgreSQL. As the owner alone, the compaction rewrites the table (its files no longer hold the
     * deleted row; the write-ahead log still may) and skips what needs more privileges. Granted {@code pg_checkpoint}
     * and {@code pg_switch_wal()}, it leaves no file of the cluster holding either deleted row. Each marker is first
     * found in the table's files, so that its absence afterwards is the compaction's doing.
     */
    @Test
    void theCompactionRewritesTheTableAndWithThePrivilegesLeavesNoFileHoldingTheDeletedRows() throws Exception {
        CompactionOnAStore compaction = new CompactionOnAStore(owner(Store.OPERATIONAL));
        String ownersOnly = "destroyed-" + UUID.randomUUID();
        compaction.writeAndDelete(ownersOnly);
        checkpoint();
        String fileBefore = compaction.tableFile();
        assertThat(filesHolding(ownersOnly)).as("before the compaction").contains(fileBefore);

        compaction.compact();
        checkpoint();

        assertThat(compaction.tableFile()).isNotEqualTo(fileBefore);
        assertThat(filesHolding(ownersOnly))
                .as("after the owner's compaction")
                .allMatch(file -> file.startsWith("pg_wal"));

        execute(cluster.superuser("postgres"), "GRANT pg_checkpoint TO " + PostgresCluster.OWNER);
        execute(
                cluster.superuser(cluster.database(Store.OPERATIONAL)),
                "GRANT EXECUTE ON FUNCTION pg_switch_wal() TO " + PostgresCluster.OWNER);
        String privileged = "destroyed-" + UUID.randomUUID();
        compaction.writeAndDelete(privileged);
        checkpoint();
        assertThat(filesHolding(privileged)).as("before the compaction").contains(compaction.tableFile());

        compaction.compact();

        assertThat(filesHolding(privileged))
                .as("after the privileged compaction")
                .isEmpty();
        assertThat(filesHolding(ownersOnly))
                .as("the earlier row, from the log too")
                .isEmpty();
    }

    /** VACUUM only warns a role that may not vacuum a table; the compaction takes that for the failure it is. */
    @Test
    void aRoleThatMayNotVacuumTheTableFailsTheCompactionInsteadOfLeavingTheRowsInItsFiles() {
        CompactionOnAStore compaction = new CompactionOnAStore(application(Store.OPERATIONAL));

        assertThatThrownBy(compaction::compact)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("did not compact");
    }

    @Test
    void aBackupIsPostgresqlsOwnDumpOfTheStoreThatRestoresToTheSameChainIntact() throws Exception {
        AccessLogOnAStore log = new AccessLogOnAStore(application(Store.OPERATIONAL));
        log.seal(log.write(5, now(), 8_000));
        Path into = Files.createDirectories(
                Path.of("target", "postgres-statements-it-backup").toAbsolutePath());
        Files.deleteIfExists(into.resolve("operational.dump"));
        System.setProperty("pims.postgres.bin", cluster.bin().toString());
        System.setProperty("pims.postgres.password", PostgresCluster.PASSWORD);
        try {
            assertThat(BackupOnAStore.backUp(owner(Store.OPERATIONAL), Store.OPERATIONAL, into))
                    .containsExactly("operational.dump");
        } finally {
            System.clearProperty("pims.postgres.bin");
            System.clearProperty("pims.postgres.password");
        }
        Path dump = into.resolve("operational.dump");
        try (InputStream in = Files.newInputStream(dump)) {
            assertThat(new String(in.readNBytes(5), StandardCharsets.US_ASCII))
                    .as("PostgreSQL's custom format")
                    .isEqualTo("PGDMP");
        }

        cluster.createDatabase("pims_restored", PostgresCluster.OWNER);
        restore(dump, "pims_restored");

        AccessLogOnAStore restored = new AccessLogOnAStore(
                cluster.dataSource("pims_restored", PostgresCluster.OWNER, PostgresCluster.PASSWORD));
        assertThat(restored.headPosition()).isEqualTo(log.headPosition());
        assertThat(restored.verify()).isEqualTo("INTACT");
    }

    @Test
    void aBackupWithoutPgDumpFailsSayingWhereItLooked() throws IOException {
        Path into = Files.createDirectories(
                Path.of("target", "postgres-statements-it-no-dump").toAbsolutePath());
        System.setProperty(
                "pims.postgres.bin", into.resolve("no-postgresql-here").toString());
        try {
            assertThatThrownBy(() -> BackupOnAStore.backUp(owner(Store.SEPARATED), Store.SEPARATED, into))
                    .hasMessageContaining("pims.postgres.bin");
        } finally {
            System.clearProperty("pims.postgres.bin");
        }
    }

    private static DataSource owner(Store store) {
        return cluster.owner(store);
    }

    private static DataSource application(Store store) {
        return cluster.application(store);
    }

    /** Writes every page the server holds in memory to the files, so that what the files hold can be read. */
    private static void checkpoint() throws SQLException {
        execute(cluster.superuser("postgres"), "CHECKPOINT");
    }

    private static void execute(DataSource store, String sql) throws SQLException {
        try (Connection connection = store.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The files of the cluster's data directory holding the text, relative to it. */
    private static List<String> filesHolding(String text) throws IOException {
        byte[] marker = text.getBytes(StandardCharsets.UTF_8);
        Path data = cluster.dataDirectory();
        List<String> holding = new ArrayList<>();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (contains(Files.readAllBytes(file), marker)) {
                    holding.add(data.relativize(file).toString());
                }
            }
        }
        return holding;
    }

    private static boolean contains(byte[] content, byte[] marker) {
        outer:
        for (int start = 0; start <= content.length - marker.length; start++) {
            for (int i = 0; i < marker.length; i++) {
                if (content[start + i] != marker[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Restores a dump into an empty database with PostgreSQL's own tool, as the store's owner. */
    private static void restore(Path dump, String database) throws IOException, InterruptedException {
        ProcessBuilder restore = new ProcessBuilder(
                        cluster.bin().resolve("pg_restore").toString(),
                        "--exit-on-error",
                        "--no-password",
                        "--username=" + PostgresCluster.OWNER,
                        "--dbname=postgresql://127.0.0.1:" + cluster.port() + "/" + database,
                        dump.toString())
                .redirectErrorStream(true);
        restore.environment().put("PGPASSWORD", PostgresCluster.PASSWORD);
        Process process = restore.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("pg_restore: " + said).isZero();
    }
}
