package dev.pims.bench.audit;

import dev.pims.audit.domain.AccessChainHashing;
import dev.pims.audit.internal.ChainSealer;
import dev.pims.audit.internal.ChainVerifier;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import javax.sql.DataSource;

/**
 * Bench only: {@code GET /bench/audit?run=writes|raw|search|load|verify} measures inside the server and answers with
 * plain-text figures. Loopback only, like every PIMS listener; ./pims bench-audit calls it.
 */
@WebServlet("/bench/audit")
public class AuditBenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String RAW_TABLE = "BENCH_RAW_RECORD";

    @Inject
    private BenchAuditedService audited;

    @Inject
    private ChainVerifier verifier;

    @Inject
    private ChainSealer sealer;

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Resource
    private ManagedThreadFactory threads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        int threadCount = Integer.parseInt(param(request, "threads", "8"));
        int seconds = Integer.parseInt(param(request, "seconds", "10"));
        int warmUpSeconds = Integer.parseInt(param(request, "warmup", "20"));
        try {
            switch (param(request, "run", "ping")) {
                case "writes" -> writes(out, threadCount, warmUpSeconds, seconds);
                case "raw" ->
                    out.println(line("raw JDBC commits", threadCount, raw(threadCount, warmUpSeconds, seconds)));
                case "search" -> searchVersusView(out, Integer.parseInt(param(request, "calls", "2000")));
                case "load" -> out.println(load(Long.parseLong(param(request, "records", "1000000"))));
                case "verify" -> verify(out);
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

    private static String line(String what, int threadCount, double perSecond) {
        return String.format(Locale.ROOT, "%-18s threads=%d  %.1f /s", what, threadCount, perSecond);
    }

    /**
     * Audited calls per second, and in the same window the records sealed into the chain per second (the chain head's
     * position, before and after); then how long the sealer needed for what was left when the callers stopped.
     */
    private void writes(PrintWriter out, int threadCount, int warmUpSeconds, int seconds) throws Exception {
        long[] sealedAtStart = new long[1];
        long[] sealedAtEnd = new long[1];
        double perSecond = rate(threadCount, warmUpSeconds, seconds, () -> audited.view(42L), measuring -> {
            long position = headPosition();
            (measuring ? sealedAtStart : sealedAtEnd)[0] = position;
        });
        long start = System.nanoTime();
        sealer.sealHandedOver();
        double drained = (System.nanoTime() - start) / 1e6;
        out.println(line("audited writes", threadCount, perSecond));
        out.println(String.format(
                Locale.ROOT,
                "%-18s threads=%d  %.1f /s sealed in the same window; the rest "
                        + "sealed %.0f ms after the callers stopped",
                "  chain",
                threadCount,
                (sealedAtEnd[0] - sealedAtStart[0]) / (double) seconds,
                drained));
    }

    private long headPosition() {
        try (Connection connection = store.getConnection();
                Statement statement = connection.createStatement();
                ResultSet head = statement.executeQuery("SELECT LAST_POSITION FROM ACCESS_CHAIN_HEAD")) {
            head.next();
            return head.getLong(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private double rate(int threadCount, int warmUpSeconds, int seconds, Runnable action) throws InterruptedException {
        return rate(threadCount, warmUpSeconds, seconds, action, measuring -> {});
    }

    /**
     * Calls per second of the action in this many container threads, after a warm-up: a road's first run needs one long
     * enough for the JIT compiler to settle (a cold audited road runs at half its speed), a later run only seconds. The
     * probe is told when measuring starts (true) and ends (false).
     */
    private double rate(
            int threadCount,
            int warmUpSeconds,
            int seconds,
            Runnable action,
            java.util.function.Consumer<Boolean> probe)
            throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong calls = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threadCount; i++) {
            Thread worker = threads.newThread(() -> {
                RequestContextController context =
                        CDI.current().select(RequestContextController.class).get();
                context.activate();
                try {
                    while (!stop.get()) {
                        action.run();
                        if (measuring.get()) {
                            calls.incrementAndGet();
                        }
                    }
                } finally {
                    context.deactivate();
                }
            });
            workers.add(worker);
            worker.start();
        }
        Thread.sleep(warmUpSeconds * 1000L);
        probe.accept(true);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long counted = calls.get();
        double elapsed = (System.nanoTime() - start) / 1e9;
        probe.accept(false);
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        return counted / elapsed;
    }

    /** One row the size of an access record, inserted and committed one by one on each thread's own connection. */
    private double raw(int threadCount, int warmUpSeconds, int seconds) throws Exception {
        try (Connection connection = store.getConnection();
                Statement statement = connection.createStatement()) {
            try {
                statement.executeUpdate("CREATE TABLE " + RAW_TABLE + " AS SELECT * FROM ACCESS_RECORD WITH NO DATA");
            } catch (SQLException exists) {
                // The table of an earlier run; the rows it holds do not matter.
            }
        }
        AtomicLong ids = new AtomicLong(System.currentTimeMillis() * 1000);
        return rate(threadCount, warmUpSeconds, seconds, () -> {
            try (Connection connection = store.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + RAW_TABLE
                        + " (ID, OCCURRED_AT, ACTOR_ID, ACTOR_ROLE, CLIENT_IP, TASK, CATEGORIES, OPERATION, OUTCOME, "
                        + "SUBJECT_IDS) VALUES (?, ?, 'system', 'SYSTEM', 'system', 'VIEW', 'BASIC_PROFILE', "
                        + "'BenchAuditedService.view', 'SUCCESS', '42')")) {
                    insert.setLong(1, ids.incrementAndGet());
                    insert.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException failure) {
                throw new IllegalStateException(failure);
            }
        });
    }

    private void searchVersusView(PrintWriter out, int calls) {
        List<Long> hundred = LongStream.rangeClosed(1, 100).boxed().toList();
        for (int i = 0; i < calls; i++) {
            audited.view(42L);
            audited.search(hundred);
        }
        double view = micros(calls, () -> audited.view(42L));
        double search = micros(calls, () -> audited.search(hundred));
        out.println(String.format(Locale.ROOT, "single-subject VIEW   %.0f us/call", view));
        out.println(String.format(Locale.ROOT, "100-subject SEARCH    %.0f us/call", search));
        out.println(String.format(Locale.ROOT, "SEARCH / VIEW         %.2f (target < 2)", search / view));
    }

    private static double micros(int calls, Runnable action) {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            action.run();
        }
        return (System.nanoTime() - start) / 1e3 / calls;
    }

    /**
     * Appends this many sealed records (one subject each, like a VIEW, kept in the link as the sealer keeps it)
     * straight to the store, in transactions of 10 000 under the chain head's lock, hashed by the same
     * {@link AccessChainHashing} as the sealer. Ids come from the record sequence in PIMS's blocks of 50, so the
     * application's own ids never collide.
     */
    private String load(long records) throws SQLException {
        sealer.sealHandedOver();
        long start = System.nanoTime();
        long done = 0;
        LocalDateTime when = LocalDateTime.now().minusDays(1).withNano(0);
        try (Connection connection = store.getConnection()) {
            connection.setAutoCommit(false);
            while (done < records) {
                int batch = (int) Math.min(10_000, records - done);
                long position;
                String previous;
                try (Statement statement = connection.createStatement();
                        ResultSet head = statement.executeQuery("SELECT LAST_POSITION, LAST_HASH FROM "
                                + "ACCESS_CHAIN_HEAD WHERE ID = 1 FOR UPDATE WITH RS")) {
                    head.next();
                    position = head.getLong(1);
                    previous = head.getString(2);
                }
                try (PreparedStatement record = connection.prepareStatement("INSERT INTO ACCESS_RECORD (ID, "
                                + "OCCURRED_AT, ACTOR_ID, ACTOR_ROLE, CLIENT_IP, TASK, CATEGORIES, OPERATION, OUTCOME, "
                                + "SUBJECT_IDS) VALUES (?, ?, 'system', 'SYSTEM', 'system', 'VIEW', 'BASIC_PROFILE', "
                                + "'Bench.load', 'SUCCESS', ?)");
                        PreparedStatement link = connection.prepareStatement("INSERT INTO ACCESS_CHAIN_LINK "
                                + "(POSITION, RECORD_ID, OCCURRED_AT, CHAIN_HASH, SEALED_AT, SUBJECT_ID) "
                                + "VALUES (?, ?, ?, ?, ?, ?)");
                        PreparedStatement sequence =
                                connection.prepareStatement("VALUES NEXT VALUE FOR ACCESS_RECORD_SEQ")) {
                    long nextId = 0;
                    long lastId = -1;
                    for (int i = 0; i < batch; i++) {
                        if (nextId > lastId) {
                            try (ResultSet value = sequence.executeQuery()) {
                                value.next();
                                lastId = value.getLong(1);
                                nextId = lastId - 49;
                            }
                        }
                        long id = nextId++;
                        position++;
                        long subjectId = 1000 + (position % 5000);
                        previous = AccessChainHashing.hash(
                                previous,
                                new AccessChainHashing.Fields(
                                        id,
                                        position,
                                        when,
                                        "system",
                                        "SYSTEM",
                                        "system",
                                        "VIEW",
                                        "BASIC_PROFILE",
                                        "Bench.load",
                                        "SUCCESS",
                                        null,
                                        null,
                                        new long[] {subjectId}));
                        record.setLong(1, id);
                        record.setTimestamp(2, Timestamp.valueOf(when));
                        record.setString(3, Long.toString(subjectId));
                        record.addBatch();
                        link.setLong(1, position);
                        link.setLong(2, id);
                        link.setTimestamp(3, Timestamp.valueOf(when));
                        link.setString(4, previous);
                        link.setTimestamp(5, Timestamp.valueOf(when));
                        link.setLong(6, subjectId);
                        link.addBatch();
                    }
                    record.executeBatch();
                    link.executeBatch();
                }
                try (PreparedStatement head = connection.prepareStatement(
                        "UPDATE ACCESS_CHAIN_HEAD SET LAST_POSITION = ?, LAST_HASH = ? WHERE ID = 1")) {
                    head.setLong(1, position);
                    head.setString(2, previous);
                    head.executeUpdate();
                }
                connection.commit();
                done += batch;
            }
        }
        return String.format(
                Locale.ROOT, "loaded %d chained records in %.1f s", done, (System.nanoTime() - start) / 1e9);
    }

    private void verify(PrintWriter out) {
        long start = System.nanoTime();
        var result = verifier.verify("bench", total -> {}, checked -> {});
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println(String.format(
                Locale.ROOT,
                "verified %d records (%s) in %.2f s = %.0f records/s",
                result.recordsChecked(),
                result.outcome(),
                seconds,
                result.recordsChecked() / seconds));
    }
}
