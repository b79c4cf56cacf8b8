package dev.pims.bench.search;

import dev.pims.store.StoreSchema;
import dev.pims.store.StoreSchema.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * {@code ./pims bench-search}: the first page of a handler's member search over a million members, with its SEARCH
 * record, as {@code DefaultMemberCare.search} does it in one transaction: the query of {@code JpaMembers.search}
 * (docs/member-search.md) for one page plus one row, then one ACCESS_RECORD and one ACCESS_RECORD_SUBJECT per member
 * shown, committed. The store is an embedded Derby under {@code bench.workDir}, migrated by the modules' own Flyway
 * scripts ({@link StoreSchema}); the members are loaded once and kept for later runs. What the server adds on top (Faces rendering, the
 * interceptor) does not grow with the number of members and is measured by {@code ./pims bench}.
 */
public final class MemberSearchBenchmark {

    private static final int PAGE = 20;
    private static final int LOAD_BATCH = 5_000;
    private static final String[] FAMILY_NAMES = {
        "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon",
        "Hwang", "Ahn", "Song", "Jeon", "Hong", "Smith", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Taylor",
        "Clark", "Lewis", "Walker"
    };
    private static final String[] GIVEN_NAMES = {
        "Minjun", "Seoyeon", "Jiho", "Haeun", "Doyun", "Jiwoo", "Seojun", "Hayoon", "Eunwoo", "Sua", "James", "Mary",
        "John", "Linda", "David", "Susan", "Daniel", "Emma", "Noah", "Mia"
    };
    private static final String[] DOMAINS = {"example.com", "example.net", "example.org", "mail.example.kr"};

    private MemberSearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path workDir = Path.of(System.getProperty("bench.workDir", "bench/target/member-search"));
        int members = Integer.getInteger("bench.members", 1_000_000);
        int searches = Integer.getInteger("bench.searches", 500);
        Files.createDirectories(workDir);
        System.setProperty(
                "derby.stream.error.file", workDir.resolve("derby.log").toString());
        String url = "jdbc:derby:" + workDir.resolve("operational") + ";create=true";

        EmbeddedDataSource store = new EmbeddedDataSource();
        store.setDatabaseName(workDir.resolve("operational").toString());
        store.setCreateDatabase("create");
        new StoreSchema(MemberSearchBenchmark.class.getClassLoader()).migrate(Store.OPERATIONAL, store);
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            load(db, members);
            Random random = new Random(42);
            List<String> samples = sampleValues(db, random);
            System.out.printf(
                    "%nmember search, first page (%d rows) + SEARCH record, over %,d members; %d searches"
                            + " per kind after %d of warm-up%n",
                    PAGE, count(db), searches, searches);
            System.out.printf(
                    "%-28s %9s %9s %9s %9s %10s%n", "search", "p50 ms", "p95 ms", "p99 ms", "max ms", "rows/page");
            for (SearchKind kind : SearchKind.values()) {
                run(db, kind, samples, random, searches);
                Result result = run(db, kind, samples, random, searches);
                System.out.printf(
                        "%-28s %9.2f %9.2f %9.2f %9.2f %10.1f%n",
                        kind.label,
                        result.percentile(50),
                        result.percentile(95),
                        result.percentile(99),
                        result.percentile(100),
                        result.meanRows());
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expectedOnShutdown) {
                // Derby answers a successful shutdown with an exception.
            }
        }
    }

    /** The three searches of /admin/members, each by the prefix a handler would type. */
    private enum SearchKind {
        EMAIL("e-mail prefix (4 chars)", "a.EMAIL", "a.EMAIL", 4),
        NAME("name prefix (family name)", "p.NAME", "p.NAME, p.MEMBER_ID", -1),
        PHONE("mobile prefix (7 digits)", "p.MOBILE_DIGITS", "p.MOBILE_DIGITS, p.MEMBER_ID", 7);

        private final String label;
        private final String column;
        /** As JpaMembers.search orders: the searched index's columns, so that Derby needs no sort. */
        private final String order;

        private final int prefixLength;

        SearchKind(String label, String column, String order, int prefixLength) {
            this.label = label;
            this.column = column;
            this.order = order;
            this.prefixLength = prefixLength;
        }

        String prefixOf(String[] sample) {
            return switch (this) {
                case EMAIL -> sample[0].substring(0, prefixLength);
                case NAME -> sample[1].substring(0, sample[1].indexOf(' '));
                case PHONE -> sample[2].substring(0, prefixLength);
            };
        }

        String sql() {
            return "SELECT a.ID, a.EMAIL, p.NAME, p.MOBILE_PHONE, a.STATUS, a.JOINED_AT FROM MEMBER_ACCOUNT a "
                    + "JOIN BASIC_PROFILE p ON p.MEMBER_ID = a.ID WHERE " + column + " >= ? AND " + column
                    + " < ? ORDER BY " + order + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        }
    }

    private record Result(long[] nanos, long rows) {

        double percentile(double percentile) {
            int rank = (int) Math.ceil(percentile / 100 * nanos.length);
            return nanos[Math.max(rank, 1) - 1] / 1e6;
        }

        double meanRows() {
            return (double) rows / nanos.length;
        }
    }

    private static Result run(Connection db, SearchKind kind, List<String> samples, Random random, int searches)
            throws SQLException {
        long[] nanos = new long[searches];
        long rows = 0;
        try (PreparedStatement search = db.prepareStatement(kind.sql());
                PreparedStatement nextId = db.prepareStatement("VALUES NEXT VALUE FOR ACCESS_RECORD_SEQ");
                PreparedStatement record = db.prepareStatement("INSERT INTO ACCESS_RECORD (ID, OCCURRED_AT, "
                        + "ACTOR_ID, ACTOR_ROLE, CLIENT_IP, TASK, CATEGORIES, OPERATION, OUTCOME) VALUES (?, ?, "
                        + "'staff:handler', 'HANDLER', '127.0.0.1', 'SEARCH', 'ACCOUNT,BASIC_PROFILE', "
                        + "'MemberCare.search', 'SUCCESS')");
                PreparedStatement subject = db.prepareStatement(
                        "INSERT INTO ACCESS_RECORD_SUBJECT (RECORD_ID, SUBJECT_ID) VALUES (?, ?)")) {
            for (int i = 0; i < searches; i++) {
                String prefix = kind.prefixOf(
                        samples.get(random.nextInt(samples.size())).split("\t"));
                long start = System.nanoTime();
                List<Long> shown = new ArrayList<>();
                search.setString(1, prefix);
                search.setString(2, prefix + Character.MAX_VALUE);
                search.setInt(3, 0);
                search.setInt(4, PAGE + 1);
                try (ResultSet page = search.executeQuery()) {
                    while (page.next()) {
                        if (shown.size() < PAGE) {
                            shown.add(page.getLong(1));
                        }
                    }
                }
                long id;
                try (ResultSet next = nextId.executeQuery()) {
                    next.next();
                    id = next.getLong(1);
                }
                record.setLong(1, id);
                record.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
                record.executeUpdate();
                for (long member : shown) {
                    subject.setLong(1, id);
                    subject.setLong(2, member);
                    subject.addBatch();
                }
                subject.executeBatch();
                db.commit();
                nanos[i] = System.nanoTime() - start;
                rows += shown.size();
            }
        }
        Arrays.sort(nanos);
        return new Result(nanos, rows);
    }

    /** E-mail, name and mobile number of members spread over the store: the prefixes come from real rows. */
    private static List<String> sampleValues(Connection db, Random random) throws SQLException {
        List<String> samples = new ArrayList<>();
        long members = count(db);
        try (PreparedStatement member = db.prepareStatement("SELECT a.EMAIL, p.NAME, p.MOBILE_DIGITS FROM "
                + "MEMBER_ACCOUNT a JOIN BASIC_PROFILE p ON p.MEMBER_ID = a.ID WHERE a.ID = ?")) {
            while (samples.size() < 200) {
                member.setLong(1, 1 + (long) (random.nextDouble() * members));
                try (ResultSet row = member.executeQuery()) {
                    if (row.next()) {
                        samples.add(row.getString(1) + "\t" + row.getString(2) + "\t" + row.getString(3));
                    }
                }
            }
        }
        db.commit();
        return samples;
    }

    private static long count(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM MEMBER_ACCOUNT")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** Members 1..n, as sign-up leaves them in the two tables a search reads; only those missing are added. */
    private static void load(Connection db, int members) throws SQLException {
        long present = count(db);
        if (present >= members) {
            return;
        }
        System.out.printf("loading %,d synthetic members (kept for later runs)...%n", members - present);
        long started = System.nanoTime();
        Random random = new Random(present);
        Timestamp joined = Timestamp.valueOf(LocalDateTime.of(2025, 1, 1, 9, 0));
        try (PreparedStatement account = db.prepareStatement(
                        "INSERT INTO MEMBER_ACCOUNT (ID, EMAIL, PASSWORD_HASH, STATUS, LANGUAGE, JOINED_AT, "
                                + "EMAIL_VERIFIED_AT, LAST_ACTIVE_AT) VALUES (?, ?, 'not-a-login', 'ACTIVE', 'ko', ?, ?, ?)");
                PreparedStatement profile = db.prepareStatement("INSERT INTO BASIC_PROFILE (MEMBER_ID, NAME, "
                        + "MOBILE_PHONE, MOBILE_DIGITS) VALUES (?, ?, ?, ?)")) {
            for (long id = present + 1; id <= members; id++) {
                String family = FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)];
                String given = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
                String digits = String.format("010%08d", random.nextInt(100_000_000));
                account.setLong(1, id);
                account.setString(
                        2,
                        given.toLowerCase() + "." + family.toLowerCase() + id + "@"
                                + DOMAINS[(int) (id % DOMAINS.length)]);
                account.setTimestamp(3, joined);
                account.setTimestamp(4, joined);
                account.setTimestamp(5, joined);
                account.addBatch();
                profile.setLong(1, id);
                profile.setString(2, family + " " + given);
                profile.setString(3, digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7));
                profile.setString(4, digits);
                profile.addBatch();
                if (id % LOAD_BATCH == 0 || id == members) {
                    account.executeBatch();
                    profile.executeBatch();
                    db.commit();
                }
                if (id % 100_000 == 0) {
                    System.out.printf("  %,d members (%.0f s)%n", id, (System.nanoTime() - started) / 1e9);
                }
            }
        }
        try (Statement statistics = db.createStatement()) {
            // Fresh statistics, so that the optimizer knows the indexes are selective, as in a store that grew.
            statistics.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'MEMBER_ACCOUNT', NULL)");
            statistics.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'BASIC_PROFILE', NULL)");
        }
        db.commit();
        System.out.printf("loaded in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }
}
