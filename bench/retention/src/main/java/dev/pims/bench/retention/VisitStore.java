package dev.pims.bench.retention;

import dev.pims.store.StoreSchema;
import dev.pims.store.StoreSchema.Store;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Random;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * The operational store with its visit records: made once by the modules' own Flyway migrations ({@link StoreSchema})
 * plus VISIT_RECORD, filled by Derby's bulk import, shut down and kept as a snapshot (a closed copy of the database
 * directory), from which every measured run starts on a fresh copy, so that both runs see the identical store.
 */
final class VisitStore {

    /**
     * VISIT_RECORD as membership's V3 creates it: mirrors it statement for statement and must be kept in step with it
     * (the bench's class path has no membership module of that version).
     */
    private static final String[] VISIT_RECORD_DDL = {
        "CREATE TABLE VISIT_RECORD (ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY, MEMBER_ID BIGINT NOT NULL,"
                + " VISITED_AT TIMESTAMP NOT NULL, KIND VARCHAR(16) NOT NULL, CLIENT_IP VARCHAR(64) NOT NULL,"
                + " USER_AGENT VARCHAR(500), CONSTRAINT VISIT_RECORD_PK PRIMARY KEY (ID))",
        "CREATE INDEX VISIT_RECORD_VISITED ON VISIT_RECORD (VISITED_AT, ID)",
        "CREATE INDEX VISIT_RECORD_MEMBER ON VISIT_RECORD (MEMBER_ID, VISITED_AT DESC)"
    };

    private static final int MEMBERS = 10_000;
    private static final String[] KINDS = {"SIGN_IN", "PAGE_VIEW", "PAGE_VIEW", "PAGE_VIEW", "SIGN_OUT"};
    private static final String[] USER_AGENTS = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4"
                + " Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile"
                + " Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4"
                + " Safari/605.1.15",
        "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"
    };

    private final Path work;
    private final long visits;
    private final long due;
    private final LocalDateTime at;
    private final LocalDateTime threshold;

    VisitStore(Path work, long visits, long due, LocalDateTime at, LocalDateTime threshold) {
        this.work = work;
        this.visits = visits;
        this.due = due;
        this.at = at;
        this.threshold = threshold;
    }

    /** The closed, filled database that every run copies. */
    Path snapshot() {
        return work.resolve("snapshot-" + visits + "-" + due);
    }

    private Path filled() {
        return work.resolve("snapshot-" + visits + "-" + due + ".filled");
    }

    boolean hasSnapshot() {
        return Files.isRegularFile(filled()) && Files.isDirectory(snapshot());
    }

    /** Makes the snapshot, replacing any other: schema, import, statistics, shutdown. Returns the time it took. */
    Duration fill() throws IOException, SQLException {
        try (var others = Files.list(work)) {
            for (Path other : others.filter(p -> p.getFileName().toString().startsWith("snapshot-"))
                    .toList()) {
                deleteRecursively(other);
            }
        }
        long started = System.nanoTime();
        Path database = snapshot();
        EmbeddedDataSource store = dataSource(database, true);
        new StoreSchema(VisitStore.class.getClassLoader()).migrate(Store.OPERATIONAL, store);
        Path file = work.resolve("visit_record.del");
        generate(file);
        try (Connection connection = store.getConnection();
                Statement statement = connection.createStatement()) {
            for (String ddl : VISIT_RECORD_DDL) {
                statement.execute(ddl);
            }
            long importing = System.nanoTime();
            // Into an empty table, Derby's import inserts in bulk and builds the indexes afterwards.
            statement.execute("CALL SYSCS_UTIL.SYSCS_IMPORT_DATA('APP', 'VISIT_RECORD',"
                    + " 'MEMBER_ID,VISITED_AT,KIND,CLIENT_IP,USER_AGENT', NULL, '" + file
                    + "', NULL, NULL, 'UTF-8', 0)");
            System.out.printf("  imported in %s%n", seconds(System.nanoTime() - importing));
            // Fresh statistics, as Derby's automatic index statistics would make them on a live store.
            statement.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'VISIT_RECORD', NULL)");
        }
        Files.delete(file);
        shutDown(database);
        Files.createFile(filled());
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * Generates the rows in time order, as visits arrive (the identity rises with the clock): {@code due} rows spread
     * over six years up to the threshold less a day, the rest over the three months after the threshold.
     */
    private void generate(Path file) throws IOException {
        long started = System.nanoTime();
        Random data = new Random(20260401L);
        LocalDateTime oldStart = at.minusYears(6);
        LocalDateTime oldEnd = threshold.minusDays(1);
        LocalDateTime youngStart = threshold.plusSeconds(1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(220);
            writeSpread(out, line, data, due, oldStart, oldEnd);
            writeSpread(out, line, data, visits - due, youngStart, at);
        }
        System.out.printf("  generated %,d rows in %s%n", visits, seconds(System.nanoTime() - started));
    }

    private static void writeSpread(
            BufferedWriter out, StringBuilder line, Random data, long rows, LocalDateTime from, LocalDateTime to)
            throws IOException {
        long spanMillis = ChronoUnit.MILLIS.between(from, to);
        for (long row = 0; row < rows; row++) {
            // Rising, within [from, to): ties of the clock (to the second) happen, as they do in a busy store.
            long offset = (long) ((row + data.nextDouble()) * spanMillis / rows);
            LocalDateTime visited = from.plus(Math.min(offset, spanMillis - 1), ChronoUnit.MILLIS)
                    .truncatedTo(ChronoUnit.SECONDS);
            if (visited.isBefore(from)) {
                visited = from;
            }
            line.setLength(0);
            line.append(1 + data.nextInt(MEMBERS))
                    .append(",\"")
                    .append(Timestamp.valueOf(visited).toString(), 0, 19)
                    .append("\",\"")
                    .append(KINDS[data.nextInt(KINDS.length)])
                    .append("\",\"10.")
                    .append(data.nextInt(4))
                    .append('.')
                    .append(data.nextInt(256))
                    .append('.')
                    .append(data.nextInt(256))
                    .append("\",\"")
                    .append(USER_AGENTS[data.nextInt(USER_AGENTS.length)])
                    .append("\"\n");
            out.append(line);
        }
    }

    /** A fresh copy of the snapshot at {@code database}, replacing what was there. */
    void copyTo(Path database) throws IOException {
        deleteRecursively(database);
        Path from = snapshot();
        try (var walk = Files.walk(from)) {
            for (Path each : walk.toList()) {
                Files.copy(each, database.resolve(from.relativize(each).toString()));
            }
        }
    }

    /** The rows of each side of the threshold: count and sum of ids, before and after a run. */
    Census census(DataSource store) throws SQLException {
        String side = "SELECT COUNT(*), COALESCE(SUM(ID), 0) FROM VISIT_RECORD WHERE VISITED_AT ";
        try (Connection connection = store.getConnection()) {
            long[] older = twoLongs(connection, side + "< ?");
            long[] younger = twoLongs(connection, side + ">= ?");
            return new Census(older[0], younger[0], younger[1]);
        }
    }

    private long[] twoLongs(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.valueOf(threshold));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }

    /** What a census finds: the due rows, and the rows at or after the threshold with the sum of their ids. */
    record Census(long older, long younger, long youngerIdSum) {}

    static EmbeddedDataSource dataSource(Path database, boolean create) {
        EmbeddedDataSource store = new EmbeddedDataSource();
        store.setDatabaseName(database.toString());
        if (create) {
            store.setCreateDatabase("create");
        }
        return store;
    }

    static void shutDown(Path database) {
        EmbeddedDataSource store = dataSource(database, false);
        store.setShutdownDatabase("shutdown");
        try {
            store.getConnection().close();
        } catch (SQLException shutDown) {
            // Derby answers a clean shutdown of a database with an exception (08006).
        }
    }

    static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
