package dev.pims.bench.audit;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.internal.AccessLogQuery;
import dev.pims.audit.records.AccessLogCursor;
import dev.pims.audit.records.AccessLogFilter;
import dev.pims.shared.DataCategory;
import dev.pims.store.StoreSchema;
import dev.pims.store.StoreSchema.Store;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * Times the auditors' records page over millions of access records: an embedded Derby in a fresh directory, made by
 * the modules' own Flyway migrations ({@link StoreSchema}), filled by Derby's bulk import from generated files, then the exact SQL of
 * {@link AccessLogQuery} for the first page (and a keyset second page) of several filters, each run with varying
 * values, with the subjects query the page adds. Prints p50/p95 per filter and checks p95 &lt; 300 ms.
 * <p>
 * Options (system properties): {@code bench.records} (10 000 000), {@code bench.runs} (40 measured runs per filter),
 * {@code bench.workDir} (bench/audit-query/target/run),
 * {@code bench.reuse} (true: keep a database already filled with the same number of records),
 * {@code bench.generateOnly} (true: make the database and stop, e.g. outside the shared benchmark lock).
 */
public final class AuditQueryBench {

    private static final int PAGE = 25;
    private static final int STAFF = 500;
    private static final int MEMBERS = 1_000_000;
    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 1, 0, 0);
    private static final int DAYS = 365;
    private static final long LIMIT_MILLIS = 300;
    private static final String UNVERIFIED_HASH = "0".repeat(64);
    private static final String[] CATEGORY_SETS = {
        "ACCOUNT,BASIC_PROFILE",
        "BASIC_PROFILE",
        "ACCOUNT",
        "ACCOUNT,APPLICATION_FORM,BASIC_PROFILE,OPTIONAL_SETTINGS",
        "CONSENT",
        "APPLICATION_FORM"
    };

    private final long records = Long.getLong("bench.records", 10_000_000L);
    private final int runs = Integer.getInteger("bench.runs", 40);
    private final Path work = Path.of(System.getProperty("bench.workDir", "bench/audit-query/target/run"))
            .toAbsolutePath();
    private final boolean reuse = Boolean.parseBoolean(System.getProperty("bench.reuse", "true"));
    private final Random random = new Random(20260401L);

    public static void main(String[] arguments) throws Exception {
        System.exit(new AuditQueryBench().run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        Files.createDirectories(work);
        System.setProperty("derby.system.home", work.toString());
        System.setProperty("derby.stream.error.file", work.resolve("derby.log").toString());
        Path database = work.resolve("db-" + records);
        String url = "jdbc:derby:" + database;
        if (!(reuse && Files.isDirectory(database))) {
            deleteRecursively(database);
            long started = System.nanoTime();
            EmbeddedDataSource store = new EmbeddedDataSource();
            store.setDatabaseName(database.toString());
            store.setCreateDatabase("create");
            new StoreSchema(AuditQueryBench.class.getClassLoader()).migrate(Store.OPERATIONAL, store);
            fill(url);
            System.out.printf(
                    Locale.ROOT,
                    "Generated and imported %,d access records in %s%n",
                    records,
                    Duration.ofNanos(System.nanoTime() - started).withNanos(0));
        }
        if (Boolean.getBoolean("bench.generateOnly")) {
            shutDown();
            return true;
        }
        try (Connection connection = DriverManager.getConnection(url)) {
            long count = count(connection, "SELECT COUNT(*) FROM ACCESS_RECORD");
            long firsts = count(connection, "SELECT COUNT(*) FROM ACCESS_CHAIN_LINK WHERE SUBJECT_ID IS NOT NULL");
            long further = count(connection, "SELECT COUNT(*) FROM ACCESS_RECORD_SUBJECT");
            System.out.printf(
                    Locale.ROOT,
                    "ACCESS_RECORD: %,d rows; first subjects in ACCESS_CHAIN_LINK: %,d; "
                            + "ACCESS_RECORD_SUBJECT: %,d rows%n%n",
                    count,
                    firsts,
                    further);
            return measure(connection);
        } finally {
            shutDown();
        }
    }

    private static void shutDown() {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException shutDown) {
            // Derby answers a clean shutdown with an exception (XJ015).
        }
    }

    private boolean measure(Connection connection) throws SQLException {
        LocalDateTime end = START.plusDays(DAYS);
        List<Case> cases = List.of(
                new Case("newest, no filter", r -> new AccessLogFilter()),
                new Case("actor (busiest 10 staff)", r -> filter(f -> f.setActorId(staff(r.nextInt(10))))),
                new Case("actor (rare staff)", r -> filter(f -> f.setActorId(staff(STAFF - 1 - r.nextInt(20))))),
                new Case("actor (a member)", r -> filter(f -> f.setActorId("member:" + (1 + r.nextInt(MEMBERS))))),
                new Case("data subject id", r -> filter(f -> f.setSubjectId(1L + r.nextInt(MEMBERS)))),
                new Case("task DOWNLOAD", r -> filter(f -> f.setTask(AccessTask.DOWNLOAD))),
                new Case("task MODIFY", r -> filter(f -> f.setTask(AccessTask.MODIFY))),
                new Case("outcome DENIED", r -> filter(f -> f.setOutcome(AccessOutcome.DENIED))),
                new Case("category APPLICATION_FORM", r -> filter(f -> f.setCategory(DataCategory.APPLICATION_FORM))),
                new Case(
                        "time range 1 day (random day)",
                        r -> filter(f -> {
                            LocalDateTime day = START.plusDays(r.nextInt(DAYS));
                            f.setFrom(day);
                            f.setTo(day.plusDays(1));
                        })),
                new Case(
                        "actor + 7 days",
                        r -> filter(f -> {
                            LocalDateTime day = START.plusDays(r.nextInt(DAYS - 7));
                            f.setActorId(staff(r.nextInt(50)));
                            f.setFrom(day);
                            f.setTo(day.plusDays(7));
                        })),
                new Case(
                        "actor + task DOWNLOAD",
                        r -> filter(f -> {
                            f.setActorId(staff(r.nextInt(10)));
                            f.setTask(AccessTask.DOWNLOAD);
                        })),
                new Case(
                        "task VIEW + BASIC_PROFILE + 30 days",
                        r -> filter(f -> {
                            LocalDateTime day = START.plusDays(r.nextInt(DAYS - 30));
                            f.setTask(AccessTask.VIEW);
                            f.setCategory(DataCategory.BASIC_PROFILE);
                            f.setFrom(day);
                            f.setTo(day.plusDays(30));
                        })),
                new Case(
                        "subject + task VIEW",
                        r -> filter(f -> {
                            f.setSubjectId(1L + r.nextInt(MEMBERS));
                            f.setTask(AccessTask.VIEW);
                        })),
                new Case(
                        "denied + 30 days",
                        r -> filter(f -> {
                            LocalDateTime day = START.plusDays(r.nextInt(DAYS - 30));
                            f.setOutcome(AccessOutcome.DENIED);
                            f.setFrom(day);
                            f.setTo(day.plusDays(30));
                        })));
        boolean allFast = true;
        System.out.printf(
                Locale.ROOT,
                "%-38s %9s %9s %9s %9s %6s%n",
                "records page: first page of",
                "p50 ms",
                "p95 ms",
                "max ms",
                "page2 p95",
                "rows");
        for (Case test : cases) {
            for (int i = 0; i < 5; i++) {
                page(connection, test.filter().apply(random), null);
            }
            long[] first = new long[runs];
            long[] second = new long[runs];
            int rows = 0;
            for (int i = 0; i < runs; i++) {
                AccessLogFilter filter = test.filter().apply(random);
                long started = System.nanoTime();
                PageResult page = page(connection, filter, null);
                first[i] = System.nanoTime() - started;
                rows = page.rows();
                started = System.nanoTime();
                page(connection, filter, page.next());
                second[i] = System.nanoTime() - started;
            }
            long p95 = percentile(first, 95);
            allFast &= p95 < LIMIT_MILLIS * 1_000_000;
            System.out.printf(
                    Locale.ROOT,
                    "%-38s %9.1f %9.1f %9.1f %9.1f %6d%n",
                    test.name(),
                    millis(percentile(first, 50)),
                    millis(p95),
                    millis(percentile(first, 100)),
                    millis(percentile(second, 95)),
                    rows);
        }
        System.out.println();
        System.out.printf(
                Locale.ROOT, "%-38s %9s %9s %9s%n", "dashboard and inspection (info)", "p50 ms", "p95 ms", "rows");
        dashboard(connection, end);
        aggregate(connection, "inspection hourly by actor, 1 month", AccessLogQuery.HOURLY, 31, end);
        System.out.println();
        System.out.println(
                allFast
                        ? "PASS: every first page p95 < " + LIMIT_MILLIS + " ms"
                        : "FAIL: a first page p95 >= " + LIMIT_MILLIS + " ms");
        return allFast;
    }

    private void aggregate(Connection connection, String name, String sql, int days, LocalDateTime end)
            throws SQLException {
        int measured = Math.max(5, runs / 4);
        long[] times = new long[measured];
        int rows = 0;
        for (int i = -2; i < measured; i++) {
            LocalDateTime from = START.plusDays(random.nextInt(DAYS - days));
            long started = System.nanoTime();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setTimestamp(1, Timestamp.valueOf(from));
                statement.setTimestamp(2, Timestamp.valueOf(from.plusDays(days)));
                rows = drain(statement);
            }
            if (i >= 0) {
                times[i] = System.nanoTime() - started;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%-38s %9.1f %9.1f %9d%n",
                name,
                millis(percentile(times, 50)),
                millis(percentile(times, 95)),
                rows);
    }

    /**
     * The dashboard as DefaultAccessLog.overview runs it: the last 30 days of the data, of which 29 past days come
     * from their kept counts (counted here first, once, as the first view or the daily timer would) and the last day
     * is counted live, as "today" is.
     */
    private boolean dashboard(Connection connection, LocalDateTime end) throws SQLException {
        java.time.LocalDate today = end.toLocalDate().minusDays(1);
        java.time.LocalDate from = today.minusDays(29);
        long[] countTimes = new long[29];
        boolean fresh = count(connection, "SELECT COUNT(*) FROM ACCESS_DAY_COUNTED") == 0;
        for (int i = 0; i < 29 && fresh; i++) {
            java.time.LocalDate day = from.plusDays(i);
            long started = System.nanoTime();
            update(connection, AccessLogQuery.DAY_COUNTED, java.sql.Date.valueOf(day), Timestamp.valueOf(end));
            update(
                    connection,
                    AccessLogQuery.COUNT_DAY,
                    java.sql.Date.valueOf(day),
                    Timestamp.valueOf(day.atStartOfDay()),
                    Timestamp.valueOf(day.plusDays(1).atStartOfDay()));
            update(
                    connection,
                    AccessLogQuery.COUNT_DAY_ACTORS,
                    java.sql.Date.valueOf(day),
                    Timestamp.valueOf(day.atStartOfDay()),
                    Timestamp.valueOf(day.plusDays(1).atStartOfDay()));
            countTimes[i] = System.nanoTime() - started;
        }
        if (fresh) {
            System.out.printf(
                    Locale.ROOT,
                    "%-38s %9.1f %9.1f %9d%n",
                    "count one past day (once per day)",
                    millis(percentile(countTimes, 50)),
                    millis(percentile(countTimes, 95)),
                    29);
        }
        int measured = Math.max(5, runs / 2);
        long[] times = new long[measured];
        int rows = 0;
        for (int i = -3; i < measured; i++) {
            long started = System.nanoTime();
            rows = 0;
            for (String sql : List.of(AccessLogQuery.COUNTED_DAILY, AccessLogQuery.COUNTED_ACTORS)) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setDate(1, java.sql.Date.valueOf(from));
                    statement.setDate(2, java.sql.Date.valueOf(today.minusDays(1)));
                    rows += drain(statement);
                }
            }
            for (String sql : List.of(AccessLogQuery.DAILY, AccessLogQuery.ACTORS)) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setTimestamp(1, Timestamp.valueOf(today.atStartOfDay()));
                    statement.setTimestamp(
                            2, Timestamp.valueOf(today.plusDays(1).atStartOfDay()));
                    rows += drain(statement);
                }
            }
            if (i >= 0) {
                times[i] = System.nanoTime() - started;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%-38s %9.1f %9.1f %9d%n",
                "dashboard 30 days (29 kept + today)",
                millis(percentile(times, 50)),
                millis(percentile(times, 95)),
                rows);
        return percentile(times, 95) < LIMIT_MILLIS * 1_000_000;
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, List.of(parameters));
            statement.executeUpdate();
        }
    }

    /** What the records page does for one page: the page's records, then their subjects in one statement. */
    private PageResult page(Connection connection, AccessLogFilter filter, AccessLogCursor after) throws SQLException {
        AccessLogQuery query = AccessLogQuery.of(filter, after, PAGE + 1);
        List<Long> ids = new ArrayList<>();
        LocalDateTime lastTime = null;
        long lastId = 0;
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            bind(statement, query.parameters());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long id = result.getLong(1);
                    if (ids.size() < PAGE) {
                        ids.add(id);
                        lastTime = result.getTimestamp(2).toLocalDateTime();
                        lastId = id;
                    }
                    for (int c = 3; c <= 11; c++) {
                        result.getObject(c);
                    }
                }
            }
        }
        if (!ids.isEmpty()) {
            AccessLogQuery subjects = AccessLogQuery.subjectsOf(ids);
            try (PreparedStatement statement = connection.prepareStatement(subjects.sql())) {
                bind(statement, subjects.parameters());
                drain(statement);
            }
        }
        return new PageResult(ids.size(), lastTime == null ? null : new AccessLogCursor(lastTime, lastId));
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static int drain(PreparedStatement statement) throws SQLException {
        int rows = 0;
        try (ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int c = 1; c <= columns; c++) {
                    result.getObject(c);
                }
                rows++;
            }
        }
        return rows;
    }

    /** Generates the records in time order (ids rise with time, as the sequence makes them) and bulk-imports them. */
    private void fill(String url) throws IOException, SQLException {
        Path recordFile = work.resolve("access_record.del");
        Path linkFile = work.resolve("access_chain_link.del");
        Path subjectFile = work.resolve("access_record_subject.del");
        long step = DAYS * 86_400_000L / records;
        Random data = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(recordFile, StandardCharsets.UTF_8);
                BufferedWriter links = Files.newBufferedWriter(linkFile, StandardCharsets.UTF_8);
                BufferedWriter subjects = Files.newBufferedWriter(subjectFile, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(200);
            for (long id = 1; id <= records; id++) {
                LocalDateTime at = START.plusNanos((id * step + data.nextInt((int) Math.max(1, step))) * 1_000_000L);
                boolean member = data.nextInt(100) < 40;
                long memberId = 1 + data.nextInt(MEMBERS);
                String actor = member ? "member:" + memberId : staff(skewed(data));
                String task = member ? memberTask(data) : staffTask(data);
                int outcomeDraw = data.nextInt(1000);
                String outcome = outcomeDraw < 970 ? "SUCCESS" : outcomeDraw < 995 ? "DENIED" : "ERROR";
                line.setLength(0);
                line.append(id)
                        .append(';')
                        .append(Timestamp.valueOf(at).toString().substring(0, 19))
                        .append(';')
                        .append(actor)
                        .append(';')
                        .append(member ? "MEMBER_SELF" : "HANDLER")
                        .append(';')
                        .append("10.")
                        .append(data.nextInt(4))
                        .append('.')
                        .append(data.nextInt(256))
                        .append('.')
                        .append(data.nextInt(256))
                        .append(';')
                        .append(task)
                        .append(';')
                        .append(CATEGORY_SETS[data.nextInt(CATEGORY_SETS.length)])
                        .append(';')
                        .append(member ? "DefaultMemberSelfService.viewOwnProfile" : "DefaultMemberCare.view")
                        .append(';')
                        .append(outcome)
                        .append(';')
                        .append("DOWNLOAD".equals(task) ? "Member asked for a copy" : "")
                        .append(';')
                        .append('\n');
                out.append(line);
                int count = member ? 1 : data.nextInt(10) == 0 ? 2 + data.nextInt(4) : 1;
                long first = member ? memberId : 1 + data.nextInt(MEMBERS);
                long[] named = new long[count];
                for (int s = 0; s < count; s++) {
                    named[s] = 1 + (first - 1 + s * 7919L) % MEMBERS;
                }
                Arrays.sort(named);
                String time = Timestamp.valueOf(at).toString().substring(0, 19);
                // As the sealer keeps them: the first subject in the link, the others in subject rows. The hashes are
                // not verified here.
                links.append(Long.toString(id))
                        .append(';')
                        .append(Long.toString(id))
                        .append(';')
                        .append(time)
                        .append(';')
                        .append(UNVERIFIED_HASH)
                        .append(';')
                        .append(time)
                        .append(';')
                        .append(Long.toString(named[0]))
                        .append('\n');
                for (int s = 1; s < count; s++) {
                    subjects.append(Long.toString(id))
                            .append(';')
                            .append(Long.toString(named[s]))
                            .append('\n');
                }
            }
        }
        try (Connection connection = DriverManager.getConnection(url)) {
            importFile(
                    connection,
                    "ACCESS_RECORD",
                    "ID,OCCURRED_AT,ACTOR_ID,ACTOR_ROLE,CLIENT_IP,TASK,CATEGORIES," + "OPERATION,OUTCOME,REASON,DETAIL",
                    recordFile);
            importFile(
                    connection,
                    "ACCESS_CHAIN_LINK",
                    "POSITION,RECORD_ID,OCCURRED_AT,CHAIN_HASH,SEALED_AT,SUBJECT_ID",
                    linkFile);
            importFile(connection, "ACCESS_RECORD_SUBJECT", "RECORD_ID,SUBJECT_ID", subjectFile);
            // Fresh statistics, as Derby's automatic index statistics would make them on a live store.
            for (String table : List.of("ACCESS_RECORD", "ACCESS_CHAIN_LINK", "ACCESS_RECORD_SUBJECT")) {
                try (PreparedStatement statement =
                        connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', ?, NULL)")) {
                    statement.setString(1, table);
                    statement.execute();
                }
            }
        }
        Files.delete(recordFile);
        Files.delete(linkFile);
        Files.delete(subjectFile);
    }

    /** Bulk import of the named columns; columns added by later migrations (e.g. the V9 chain) stay empty. */
    private static void importFile(Connection connection, String table, String columns, Path file) throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(
                "CALL SYSCS_UTIL.SYSCS_IMPORT_DATA('APP', ?, ?, NULL, ?, ';', NULL, 'UTF-8', 0)")) {
            statement.setString(1, table);
            statement.setString(2, columns);
            statement.setString(3, file.toString());
            statement.execute();
        }
        System.out.printf(
                Locale.ROOT,
                "Imported %s in %s%n",
                table,
                Duration.ofNanos(System.nanoTime() - started).withNanos(0));
    }

    private static String memberTask(Random data) {
        int draw = data.nextInt(100);
        return draw < 80 ? "VIEW" : draw < 97 ? "MODIFY" : "DELETE";
    }

    private static String staffTask(Random data) {
        int draw = data.nextInt(1000);
        return draw < 500
                ? "VIEW"
                : draw < 800
                        ? "SEARCH"
                        : draw < 880
                                ? "MODIFY"
                                : draw < 950 ? "INPUT" : draw < 985 ? "PRINT" : draw < 993 ? "DOWNLOAD" : "DELETE";
    }

    /** A few staff do most of the work: the busiest has about 4.5 % of the staff records, the last very few. */
    private static int skewed(Random data) {
        double r = data.nextDouble();
        return (int) (STAFF * r * r);
    }

    private static String staff(int index) {
        return String.format(Locale.ROOT, "staff:h%03d", index);
    }

    private static AccessLogFilter filter(java.util.function.Consumer<AccessLogFilter> setUp) {
        AccessLogFilter filter = new AccessLogFilter();
        setUp.accept(filter);
        return filter;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path each : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    private record Case(String name, Function<Random, AccessLogFilter> filter) {}

    private record PageResult(int rows, AccessLogCursor next) {}
}
