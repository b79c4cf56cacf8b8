package dev.pims.bench.retention;

import dev.pims.bench.retention.VisitStore.Census;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Times the retention engine's destruction of due visit records (policy §4, §6) against a hand-written chunked DELETE:
 * an operational store made by the modules' Flyway migrations with membership's VISIT_RECORD, {@code bench.visits}
 * rows of which {@code bench.due} are older than the rule's three months; both runs start from a copy of the same
 * snapshot. Prints rows, seconds, rows/s, the ratio engine/hand and the compaction's seconds; exits with 1 if a run
 * destroyed another number of rows than were due or touched a row younger than the threshold.
 * <p>
 * Options (system properties): {@code bench.visits} (10 000 000), {@code bench.due} (1 000 000),
 * {@code bench.chunk} (1 000, the engine's {@code pims.retention.chunk-size}), {@code bench.workDir}
 * (bench/retention/target/run), {@code bench.fresh} (true: fill a new snapshot even if one of the same size is kept),
 * {@code bench.serverProperties} (the server's system properties, {@code server-config/dev.properties}: their Derby
 * storage settings are the bench's, so that it measures the Derby the product runs).
 */
public final class RetentionBench {

    /** The scheduled time of the engine's run: fixed, so that a kept snapshot stays right for later runs. */
    private static final LocalDateTime AT = LocalDateTime.of(2026, 4, 1, 4, 0);

    /** The rule {@code membership.visit-records}: three months. */
    private static final Period PERIOD = Period.ofMonths(3);

    private static final long JOB_RUN_ID = 1;

    private static final String DERBY_STORAGE = "derby.storage.";

    private final long visits = Long.getLong("bench.visits", 10_000_000L);
    private final long due = Long.getLong("bench.due", 1_000_000L);
    private final int chunk = Integer.getInteger("bench.chunk", 1_000);
    private final Path work = Path.of(System.getProperty("bench.workDir", "bench/retention/target/run"))
            .toAbsolutePath();
    private final LocalDateTime threshold = AT.minus(PERIOD);
    private final List<String> problems = new ArrayList<>();

    public static void main(String[] arguments) throws Exception {
        System.exit(new RetentionBench().run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        if (visits < 1 || due < 0 || due > visits || chunk < 1) {
            System.err.println("bench-retention: need 0 <= due <= visits, visits >= 1 and chunk >= 1");
            return false;
        }
        Files.createDirectories(work);
        takeTheServersDerbySettings();
        System.setProperty("derby.system.home", work.toString());
        System.setProperty("derby.stream.error.file", work.resolve("derby.log").toString());
        VisitStore visitStore = new VisitStore(work, visits, due, AT, threshold);
        System.out.printf(
                Locale.ROOT,
                "%,d visit records, %,d due (older than %s), chunks of %,d; %d cores, Java %s%n",
                visits,
                due,
                threshold,
                chunk,
                Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        if (Boolean.getBoolean("bench.fresh") || !visitStore.hasSnapshot()) {
            System.out.println("Filling the snapshot " + visitStore.snapshot());
            long fill = visitStore.fill().toNanos();
            System.out.println("Fill (schema, generate, import, statistics): " + VisitStore.seconds(fill));
        } else {
            System.out.println("Reusing the snapshot " + visitStore.snapshot() + " (--fresh fills a new one)");
        }
        Path database = work.resolve("db");

        visitStore.copyTo(database);
        DataSource store = VisitStore.dataSource(database, false);
        printDerbyVersion(store);
        Census engineBefore = visitStore.census(store);
        EngineRun.Figures engine = new EngineRun(store).destroyAllDue(threshold, chunk, JOB_RUN_ID);
        Census engineAfter = visitStore.census(store);
        long compactStarted = System.nanoTime();
        EngineRun.compact(store, Set.of("VISIT_RECORD"));
        long compactNanos = System.nanoTime() - compactStarted;
        verify("engine", engine.destroyed(), engineBefore, engineAfter);
        verifyTrail(store, engine);
        VisitStore.shutDown(database);

        visitStore.copyTo(database);
        Census handBefore = visitStore.census(store);
        long handStarted = System.nanoTime();
        long[] hand = HandRun.deleteAllDue(store, threshold, chunk);
        long handNanos = System.nanoTime() - handStarted;
        Census handAfter = visitStore.census(store);
        verify("hand-written", hand[0], handBefore, handAfter);
        VisitStore.shutDown(database);
        VisitStore.deleteRecursively(database);

        report(engine, compactNanos, hand[0], hand[1], handNanos);
        problems.forEach(problem -> System.out.println("FAIL: " + problem));
        return problems.isEmpty();
    }

    private void report(EngineRun.Figures engine, long compactNanos, long handRows, long handChunks, long handNanos) {
        System.out.println();
        String row = "%-34s %16s %16s%n";
        System.out.printf(Locale.ROOT, row, "", "engine", "hand-written");
        System.out.printf(Locale.ROOT, row, "rows destroyed", number(engine.destroyed()), number(handRows));
        System.out.printf(Locale.ROOT, row, "chunks (transactions)", number(engine.chunks()), number(handChunks));
        System.out.printf(Locale.ROOT, row, "seconds", secs(engine.nanos()), secs(handNanos));
        System.out.printf(Locale.ROOT, row, "  of which the engine's count", secs(engine.countNanos()), "-");
        System.out.printf(
                Locale.ROOT,
                row,
                "rows/s",
                number(rate(engine.destroyed(), engine.nanos())),
                number(rate(handRows, handNanos)));
        System.out.printf(Locale.ROOT, row, "compaction seconds", secs(compactNanos), "(not run)");
        double ratio = handNanos == 0 ? Double.NaN : (double) engine.nanos() / handNanos;
        System.out.printf(Locale.ROOT, "%nengine / hand-written: %.2f (target <= 2)%n", ratio);
        if (due >= 100_000) {
            System.out.printf(
                    Locale.ROOT,
                    "engine per 1 000 000 due rows: %.1f s (target <= 60 s; at %,d due, extrapolated linearly)%n",
                    engine.nanos() / 1e9 * 1_000_000 / due,
                    due);
        } else {
            System.out.println(
                    "engine per 1 000 000 due rows: not extrapolated from fewer than 100 000 (target <= 60 s)");
        }
        System.out.println("The engine's figures include each chunk's ledger row and DESTROY access record (the"
                + " audited road's INSERT, duplicated); not the interceptor, the XA transaction manager, nor the"
                + " sealing into the hash chain after the commit.");
    }

    private void verify(String run, long destroyed, Census before, Census after) {
        if (before.older() != due) {
            problems.add(run + ": " + before.older() + " rows due before the run, " + due + " expected");
        }
        if (destroyed != due || after.older() != 0) {
            problems.add(run + ": destroyed " + destroyed + " of " + due + " due, " + after.older() + " left");
        }
        if (before.younger() != after.younger() || before.youngerIdSum() != after.youngerIdSum()) {
            problems.add(run + ": rows younger than the threshold touched (" + before.younger() + " rows before, "
                    + after.younger() + " after; id sums " + before.youngerIdSum() + ", " + after.youngerIdSum() + ")");
        }
    }

    /** The ledger holds every destroyed row, and each chunk wrote its access record. */
    private void verifyTrail(DataSource store, EngineRun.Figures engine) throws SQLException {
        long ledger = single(store, "SELECT COALESCE(SUM(RECORDS), 0) FROM DESTRUCTION_LEDGER");
        long records = single(store, "SELECT COUNT(*) FROM ACCESS_RECORD WHERE TASK = 'DESTROY'");
        if (ledger != engine.destroyed()) {
            problems.add(
                    "engine: the destruction ledger holds " + ledger + " rows, " + engine.destroyed() + " destroyed");
        }
        if (records != engine.chunks()) {
            problems.add("engine: " + records + " DESTROY access records for " + engine.chunks() + " chunks");
        }
    }

    /** Derby's storage settings of the server's system properties, as system properties before Derby starts. */
    private static void takeTheServersDerbySettings() throws IOException {
        String file = System.getProperty("bench.serverProperties");
        if (file == null) {
            System.out.println("Derby's default storage settings (no bench.serverProperties)");
            return;
        }
        Properties server = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(file))) {
            server.load(reader);
        }
        for (String name : new TreeSet<>(server.stringPropertyNames())) {
            if (name.startsWith(DERBY_STORAGE)) {
                System.setProperty(name, server.getProperty(name));
                System.out.println("Derby, as the server: " + name + "=" + server.getProperty(name));
            }
        }
    }

    private static void printDerbyVersion(DataSource store) throws SQLException {
        try (Connection connection = store.getConnection()) {
            System.out.println("Derby " + connection.getMetaData().getDatabaseProductVersion());
        }
    }

    private static long single(DataSource store, String sql) throws SQLException {
        try (Connection connection = store.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long rate(long rows, long nanos) {
        return nanos == 0 ? 0 : Math.round(rows / (nanos / 1e9));
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String secs(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
