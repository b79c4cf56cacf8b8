package dev.pims.bench.dormancy;

import dev.pims.jobs.JobLedger;
import dev.pims.jobs.JobRunView;
import dev.pims.membership.DormancySettings;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * Bench only: {@code GET /bench/dormancy?run=fill|hand|job|check} works inside the server and answers with plain-text
 * figures; ./pims bench-dormancy calls it, on 127.0.0.1 only, like every PIMS listener.
 * <p>
 * {@code fill} imports {@code members} members (account and the three profile categories) into the empty operational
 * store, among them three groups of {@code due}, spread evenly over the ids: idle for a year and noticed with a date
 * 5 days ago (the product's separation takes them), idle and noticed with a date 25 days ago (the hand-written SQL
 * takes them), and idle for a year less 10 days (the notice job tells them). {@code hand} separates its group by plain
 * SQL, as a baseline: per chunk the due notices by their index and one joined SELECT of their members, the rows written unencrypted into the separated store's dormant
 * area, the categories deleted and the accounts made stubs in one local transaction per store, no access record.
 * {@code job} runs a product job through the job-run ledger, as "run now" does, and times it to its end.
 * {@code check} counts what each store holds afterwards.
 */
@WebServlet("/bench/dormancy")
public class DormancyBenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long FIRST_ID = 1_000_000L;
    private static final String[] NAMES = {"Kim Minjun", "Lee Seoyeon", "Park Jiho", "Choi Yuna", "Jung Hyun"};
    private static final String[] COMPANIES = {"Hanbit Retail", "Seoul Media", "Daehan Fashion", "Mirae Commerce"};
    private static final String[] INDUSTRIES = {"FASHION", "RETAIL", "ECOMMERCE", "MEDIA", "OTHER"};
    /** A PBKDF2 hash as long as the product's: the stub keeps it, so its size is part of the rows moved. */
    private static final String PASSWORD_HASH =
            "pbkdf2-sha256$210000$" + "c2FsdHNhbHRzYWx0c2FsdA==$" + "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=";

    @Inject
    private JobLedger ledger;

    @Resource(lookup = "jdbc/pims")
    private DataSource operational;

    @Resource(lookup = "jdbc/pims-separated")
    private DataSource separated;

    /** Which of the three groups a member is in, if any. */
    private enum Group {
        SEPARATED_BY_PIMS,
        SEPARATED_BY_HAND,
        NOTICED_BY_PIMS,
        ACTIVE
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        try {
            switch (param(request, "run", "ping")) {
                case "fill" ->
                    fill(
                            out,
                            Long.parseLong(param(request, "members", "1000000")),
                            Long.parseLong(param(request, "due", "100000")));
                case "hand" -> hand(out, Integer.parseInt(param(request, "chunk", "500")));
                case "job" -> job(out, param(request, "name", ""));
                case "check" -> check(out);
                default -> out.println("ready");
            }
        } catch (Exception failure) {
            response.setStatus(500);
            failure.printStackTrace(out);
        }
    }

    private static String param(HttpServletRequest request, String name, String otherwise) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static int afterDays() {
        return (int) DormancySettings.fromConfig().idleBeforeDormancy().toDays();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Group groupOf(long index, long stride, long due) {
        if (index / stride >= due) {
            return Group.ACTIVE;
        }
        return switch ((int) (index % stride)) {
            case 0 -> Group.SEPARATED_BY_PIMS;
            case 1 -> Group.SEPARATED_BY_HAND;
            case 2 -> Group.NOTICED_BY_PIMS;
            default -> Group.ACTIVE;
        };
    }

    // ---- fill

    private void fill(PrintWriter out, long members, long due) throws IOException, SQLException {
        if (due < 1 || members < 3 * due) {
            throw new IllegalArgumentException("need due >= 1 and members >= 3 * due");
        }
        long started = System.nanoTime();
        long stride = members / due;
        int after = afterDays();
        LocalDateTime now = now();
        Path dir = Files.createTempDirectory("bench-dormancy");
        Path accounts = dir.resolve("member_account.del");
        Path profiles = dir.resolve("basic_profile.del");
        Path settings = dir.resolve("optional_settings.del");
        Path forms = dir.resolve("application_form.del");
        Path notices = dir.resolve("dormancy_notice_record.del");
        try (BufferedWriter account = writer(accounts);
                BufferedWriter profile = writer(profiles);
                BufferedWriter setting = writer(settings);
                BufferedWriter form = writer(forms);
                BufferedWriter notice = writer(notices)) {
            for (long index = 0; index < members; index++) {
                long id = FIRST_ID + index;
                Group group = groupOf(index, stride, due);
                LocalDateTime lastActive = switch (group) {
                    case SEPARATED_BY_PIMS -> now.minusDays(after + 5L);
                    case SEPARATED_BY_HAND -> now.minusDays(after + 25L);
                    case NOTICED_BY_PIMS -> now.minusDays(after - 10L);
                    case ACTIVE -> now.minusMinutes(index % (200L * 24 * 60));
                };
                String email = "bench-" + index + "@members.pims.test";
                account.append(line(
                        id,
                        quoted(email),
                        quoted(PASSWORD_HASH),
                        quoted("ACTIVE"),
                        quoted(index % 3 == 0 ? "en" : "ko"),
                        quoted(timestamp(lastActive.minusDays(400))),
                        quoted(timestamp(lastActive.minusDays(400).plusMinutes(5))),
                        0,
                        quoted(timestamp(lastActive))));
                String mobile = String.format(Locale.ROOT, "010-%04d-%04d", (index / 10_000) % 10_000, index % 10_000);
                profile.append(line(
                        id,
                        quoted(NAMES[(int) (index % NAMES.length)]),
                        quoted(mobile),
                        quoted("02-555-" + String.format(Locale.ROOT, "%04d", index % 10_000)),
                        quoted(COMPANIES[(int) (index % COMPANIES.length)]),
                        quoted("Design"),
                        quoted("Manager"),
                        quoted(mobile.replace("-", ""))));
                setting.append(line(id, index % 2 == 0, index % 5 == 0));
                form.append(line(
                        id,
                        quoted("Product photos for the catalogue, about a hundred a week"),
                        quoted(INDUSTRIES[(int) (index % INDUSTRIES.length)]),
                        500 + index % 1_000));
                if (group == Group.SEPARATED_BY_PIMS || group == Group.SEPARATED_BY_HAND) {
                    notice.append(line(
                            id,
                            quoted(timestamp(lastActive)),
                            quoted(timestamp(lastActive.plusDays(after))),
                            quoted(timestamp(lastActive.plusDays(after - 30L))),
                            quoted("%064x".formatted(index)),
                            index,
                            quoted("QUEUED")));
                }
            }
        }
        out.printf(Locale.ROOT, "generated %,d members in %.1f s%n", members, seconds(started));
        try (Connection connection = operational.getConnection();
                Statement statement = connection.createStatement()) {
            // Into empty tables, Derby's import inserts in bulk and builds the indexes afterwards.
            importInto(
                    statement,
                    "MEMBER_ACCOUNT",
                    "ID,EMAIL,PASSWORD_HASH,STATUS,LANGUAGE,JOINED_AT,EMAIL_VERIFIED_AT,VERSION,LAST_ACTIVE_AT",
                    accounts);
            importInto(
                    statement,
                    "BASIC_PROFILE",
                    "MEMBER_ID,NAME,MOBILE_PHONE,COMPANY_PHONE,COMPANY,DEPARTMENT,JOB_TITLE,MOBILE_DIGITS",
                    profiles);
            importInto(statement, "OPTIONAL_SETTINGS", "MEMBER_ID,KEEP_SEARCH_HISTORY,SERVICE_NOTICES", settings);
            importInto(statement, "APPLICATION_FORM", "MEMBER_ID,INTENDED_USE,INDUSTRY,MONTHLY_IMAGE_VOLUME", forms);
            importInto(
                    statement,
                    "DORMANCY_NOTICE_RECORD",
                    "MEMBER_ID,IDLE_SINCE,DORMANT_FROM,NOTICED_AT,ADDRESS_HASH,MAIL_ID,OUTCOME",
                    notices);
            for (String table : List.of(
                    "MEMBER_ACCOUNT",
                    "BASIC_PROFILE",
                    "OPTIONAL_SETTINGS",
                    "APPLICATION_FORM",
                    "DORMANCY_NOTICE_RECORD")) {
                // Fresh statistics, as Derby's automatic index statistics would make them on a live store.
                statement.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(CURRENT SCHEMA, '" + table + "', NULL)");
            }
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
        out.printf(
                Locale.ROOT,
                "filled %,d members (%,d separated by PIMS, %,d by hand, %,d noticed by PIMS) in %.1f s%n",
                members,
                due,
                due,
                due,
                seconds(started));
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    private static String line(Object... values) {
        StringJoiner joined = new StringJoiner(",", "", "\n");
        for (Object value : values) {
            joined.add(String.valueOf(value));
        }
        return joined.toString();
    }

    private static String quoted(String value) {
        return '"' + value + '"';
    }

    private static String timestamp(LocalDateTime time) {
        return Timestamp.valueOf(time).toString().substring(0, 19);
    }

    private static void importInto(Statement statement, String table, String columns, Path file) throws SQLException {
        statement.execute("CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(CURRENT SCHEMA, '" + table + "', '" + columns
                + "', NULL, '" + file + "', NULL, NULL, 'UTF-8', 0)");
    }

    // ---- the hand-written baseline

    /** The due notices in the order of DORMANCY_NOTICE_RECORD_DUE, as the product reads them. */
    private static final String DUE_BY_HAND = "SELECT ID, MEMBER_ID FROM DORMANCY_NOTICE_RECORD"
            + " WHERE OUTCOME = 'QUEUED' AND DORMANT_FROM <= ? ORDER BY OUTCOME, DORMANT_FROM, ID FETCH FIRST ? ROWS ONLY";

    /** Their members' data of every category, in one joined query by primary keys. */
    private static final String DATA_BY_HAND = "SELECT a.ID, a.EMAIL, a.LANGUAGE, a.JOINED_AT, p.NAME, p.MOBILE_PHONE,"
            + " p.COMPANY_PHONE, p.COMPANY, p.DEPARTMENT, p.JOB_TITLE, o.KEEP_SEARCH_HISTORY, o.SERVICE_NOTICES,"
            + " f.INTENDED_USE, f.INDUSTRY, f.MONTHLY_IMAGE_VOLUME, a.LAST_ACTIVE_AT"
            + " FROM MEMBER_ACCOUNT a"
            + " LEFT JOIN BASIC_PROFILE p ON p.MEMBER_ID = a.ID"
            + " LEFT JOIN OPTIONAL_SETTINGS o ON o.MEMBER_ID = a.ID"
            + " LEFT JOIN APPLICATION_FORM f ON f.MEMBER_ID = a.ID"
            + " WHERE a.STATUS = 'ACTIVE' AND a.ID IN ";

    /** Separates the hand group: the notices dated 25 days ago, before the product's group (5 days ago). */
    private void hand(PrintWriter out, int chunk) throws SQLException {
        LocalDateTime before = now().minusDays(15);
        long started = System.nanoTime();
        long moved = 0;
        int read;
        try (Connection store = operational.getConnection();
                Connection area = separated.getConnection()) {
            store.setAutoCommit(false);
            area.setAutoCommit(false);
            do {
                List<long[]> ids = new ArrayList<>();
                try (PreparedStatement select = store.prepareStatement(DUE_BY_HAND)) {
                    select.setTimestamp(1, Timestamp.valueOf(before));
                    select.setInt(2, chunk);
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            ids.add(new long[] {row.getLong(1), row.getLong(2)});
                        }
                    }
                }
                if (!ids.isEmpty()) {
                    try (Statement select = store.createStatement();
                            ResultSet row = select.executeQuery(DATA_BY_HAND + inList(ids, 1));
                            PreparedStatement insert = area.prepareStatement("INSERT INTO DORMANT_MEMBER"
                                    + " (MEMBER_ID, DORMANT_SINCE, PERSONAL_DATA) VALUES (?, ?, ?)")) {
                        while (row.next()) {
                            StringJoiner data = new StringJoiner("\u001f");
                            for (int column = 2; column <= 15; column++) {
                                data.add(String.valueOf(row.getObject(column)));
                            }
                            insert.setLong(1, row.getLong(1));
                            insert.setTimestamp(2, row.getTimestamp(16));
                            insert.setString(3, data.toString());
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
                read = ids.size();
                if (read > 0) {
                    String members = inList(ids, 1);
                    try (Statement statement = store.createStatement()) {
                        for (String table : List.of("BASIC_PROFILE", "OPTIONAL_SETTINGS", "APPLICATION_FORM")) {
                            statement.executeUpdate("DELETE FROM " + table + " WHERE MEMBER_ID IN " + members);
                        }
                        statement.executeUpdate("UPDATE MEMBER_ACCOUNT SET STATUS = 'DORMANT',"
                                + " EMAIL = 'dormant:' || TRIM(CAST(CAST(ID AS CHAR(20)) AS VARCHAR(20)))"
                                + " WHERE ID IN " + members);
                        statement.executeUpdate("UPDATE DORMANCY_NOTICE_RECORD SET OUTCOME = 'SEPARATED' WHERE ID IN "
                                + inList(ids, 0));
                    }
                    area.commit();
                    store.commit();
                    moved += read;
                }
            } while (read >= chunk);
        }
        out.printf(
                Locale.ROOT,
                "hand SQL          %,d members in %.1f s (%.0f /s)%n",
                moved,
                seconds(started),
                moved / seconds(started));
    }

    private static String inList(List<long[]> ids, int which) {
        StringJoiner list = new StringJoiner(",", "(", ")");
        for (long[] pair : ids) {
            list.add(Long.toString(pair[which]));
        }
        return list.toString();
    }

    // ---- the product's jobs

    private void job(PrintWriter out, String name) throws InterruptedException {
        long started = System.nanoTime();
        OptionalLong runId = ledger.requestRun(name);
        while (runId.isEmpty()) {
            // The minute tick's run of the job is going: wait for it, then ask again.
            Thread.sleep(100);
            runId = ledger.requestRun(name);
        }
        JobRunView run;
        do {
            Thread.sleep(50);
            Optional<JobRunView> found = ledger.run(runId.getAsLong());
            run = found.orElseThrow();
        } while (run.isRunning());
        out.printf(
                Locale.ROOT,
                "%-17s %,d in %.1f s (%.0f /s): %s %s%n",
                name,
                run.count(),
                seconds(started),
                run.count() / seconds(started),
                run.outcome(),
                run.summary());
    }

    // ---- what the stores hold

    private void check(PrintWriter out) throws SQLException {
        Set<Long> stubs = ids(operational, "SELECT ID FROM MEMBER_ACCOUNT WHERE STATUS = 'DORMANT'");
        Set<Long> withProfile = ids(
                operational,
                "SELECT a.ID FROM MEMBER_ACCOUNT a JOIN BASIC_PROFILE p ON p.MEMBER_ID = a.ID"
                        + " WHERE a.STATUS = 'DORMANT'");
        Set<Long> dormantArea = ids(separated, "SELECT MEMBER_ID FROM DORMANT_MEMBER");
        long members = count(operational, "SELECT COUNT(*) FROM MEMBER_ACCOUNT");
        long queued = count(operational, "SELECT COUNT(*) FROM DORMANCY_NOTICE_RECORD WHERE OUTCOME = 'QUEUED'");
        long notices = count(operational, "SELECT COUNT(*) FROM MAIL_OUTBOX WHERE KIND = 'DORMANCY_NOTICE'");
        Set<Long> missing = new HashSet<>(stubs);
        missing.removeAll(dormantArea);
        Set<Long> strays = new HashSet<>(dormantArea);
        strays.removeAll(stubs);
        out.printf(
                Locale.ROOT,
                "members %,d; dormant stubs %,d, of them with profile data left %,d; dormant area %,d;"
                        + " stubs without their data %,d; data without its stub %,d;"
                        + " notices queued %,d; notice mails in the outbox %,d%n",
                members,
                stubs.size(),
                withProfile.size(),
                dormantArea.size(),
                missing.size(),
                strays.size(),
                queued,
                notices);
    }

    private static Set<Long> ids(DataSource store, String sql) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection connection = store.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                ids.add(row.getLong(1));
            }
        }
        return ids;
    }

    private static long count(DataSource store, String sql) throws SQLException {
        try (Connection connection = store.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
