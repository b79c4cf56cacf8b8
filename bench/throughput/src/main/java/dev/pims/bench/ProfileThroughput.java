package dev.pims.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code ./pims bench}: /my/profile throughput with the audit interceptor (pims.war) against the same page without it
 * (the bench-only pims-unaudited.war), one server after the other in one run, on loopback. Each server starts with a
 * fresh data dir and the demo data; the demo member is signed in once per session, and wrk asks for the page with one
 * connection per session, each reusing its session for all its requests. The comparison holds only if the unaudited
 * server wrote no access record of a page, the audited one wrote one for every page it served, and every record was
 * sealed into the hash chain while the server ran: each server is killed (SIGKILL) a few seconds after its load, so
 * that the sealing a clean stop does cannot hide records that the sealer left behind. The exit status is 1 when the
 * check fails, whatever the figures.
 * <p>
 * Settings are system properties: {@code bench.payaraDir} (payara-micro.jar, derby.jar, derbyshared.jar,
 * derbytools.jar), {@code bench.serverConfig}, {@code bench.auditedWar}, {@code bench.unauditedWar},
 * {@code bench.workDir} (emptied per server), and optionally {@code bench.sessions}, {@code bench.warmupSeconds},
 * {@code bench.measureSeconds} and {@code bench.serverJvmOptions}.
 */
public final class ProfileThroughput {

    /** The demo member that {@code pims.demo=true} creates (web: dev.pims.web.setup.DemoData). */
    static final String DEMO_EMAIL = "member@demo.pims.dev";

    static final String DEMO_PASSWORD = "demo-member-2026";
    /** The goals from the issue: audited keeps 80 % of the unaudited throughput and serves 1 000 requests/s. */
    private static final double TARGET_RATIO = 0.80;

    private static final double TARGET_REQUESTS_PER_SECOND = 1_000;
    /**
     * The JIT compilers need this long under load on two shared cores before the page's cost settles: measured with a
     * 40 s warm-up, the audited page served 291 requests/s, and the same server climbed past 790 after two minutes.
     */
    private static final int WARM_UP_SECONDS = 120;

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** A record is sealed a quarter of a second after its commit (audit: ChainSealer); this is ample. */
    private static final Duration SEALING_PATIENCE = Duration.ofSeconds(5);
    /** Above this share of the machine taken by other processes while measuring, the figures do not compare. */
    private static final double QUIET_MACHINE_OTHER_SHARE = 10;

    /** One server's run: which WAR it served, what the load measured and what the audit left in its store. */
    private record Result(String variant, Measurement load, AccessRecords records) {}

    private final PayaraServer.Setup server;
    private final Path workDir;
    private final int sessions;
    private final Duration warmUp;
    private final Duration measured;

    private ProfileThroughput(
            PayaraServer.Setup server, Path workDir, int sessions, Duration warmUp, Duration measured) {
        this.server = server;
        this.workDir = workDir;
        this.sessions = sessions;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path workDir =
                Files.createDirectories(Path.of(required("bench.workDir")).toAbsolutePath());
        // Derby in this JVM only reads the stopped servers' stores; its log stays beside them.
        System.setProperty(
                "derby.stream.error.file", workDir.resolve("derby-bench.log").toString());
        ProfileThroughput bench = new ProfileThroughput(
                serverSetup(),
                workDir,
                positive("bench.sessions", 12),
                Duration.ofSeconds(positive("bench.warmupSeconds", WARM_UP_SECONDS)),
                Duration.ofSeconds(positive("bench.measureSeconds", 15)));
        Path auditedWar = existing("bench.auditedWar");
        Path unauditedWar = existing("bench.unauditedWar");

        System.out.printf(
                Locale.ROOT,
                "bench: /my/profile on 127.0.0.1, %d signed-in sessions, %d s warm-up and "
                        + "%d s measured per server, %d cores shared by client and server%n",
                bench.sessions,
                bench.warmUp.toSeconds(),
                bench.measured.toSeconds(),
                Runtime.getRuntime().availableProcessors());
        Result audited = bench.run("audited", auditedWar);
        Result unaudited = bench.run("unaudited", unauditedWar);
        boolean holds = report(audited, unaudited);
        System.out.printf(
                Locale.ROOT,
                "bench: done in %d s%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        System.exit(holds ? 0 : 1);
    }

    private Result run(String variant, Path war) throws Exception {
        Path dataDir = workDir.resolve(variant);
        deleteRecursively(dataDir);
        System.out.printf(
                "%s: starting Payara Micro with %s (log: %s)%n",
                variant, war.getFileName(), dataDir.resolve("pims.log"));
        long booting = System.nanoTime();
        Measurement load;
        try (PayaraServer payara = PayaraServer.start(server, war, dataDir)) {
            System.out.printf(
                    Locale.ROOT,
                    "%s: ready in %d s at %s, signing in %d sessions%n",
                    variant,
                    Duration.ofNanos(System.nanoTime() - booting).toSeconds(),
                    payara.baseUri(),
                    sessions);
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(CONNECT_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            List<MemberSession> signedIn = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                signedIn.add(MemberSession.signIn(http, payara.baseUri(), DEMO_EMAIL, DEMO_PASSWORD));
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s: warming up for %d s, then measuring for %d s%n",
                    variant,
                    warmUp.toSeconds(),
                    measured.toSeconds());
            load = SessionLoad.run(payara.baseUri(), signedIn, warmUp, measured, dataDir, payara::cpuTime);
            Thread.sleep(SEALING_PATIENCE.toMillis());
            System.out.printf(
                    "%s: killing Payara Micro (SIGKILL) %d s after the load%n", variant, SEALING_PATIENCE.toSeconds());
            payara.kill();
        }
        return new Result(variant, load, AccessRecords.in(dataDir.resolve("operational")));
    }

    /** Prints the figures side by side; tells whether the comparison holds. */
    private static boolean report(Result audited, Result unaudited) {
        System.out.printf("%n%-44s %12s %12s%n", "", audited.variant(), unaudited.variant());
        row("requests/s", "%12.1f", audited, unaudited, result -> result.load().requestsPerSecond());
        row(
                "latency p50 (ms)",
                "%12.2f",
                audited,
                unaudited,
                result -> result.load().p50Millis());
        row(
                "latency p95 (ms)",
                "%12.2f",
                audited,
                unaudited,
                result -> result.load().p95Millis());
        row(
                "failed requests (whole run)",
                "%12d",
                audited,
                unaudited,
                result -> result.load().failureCount());
        row(
                "profile pages answered (whole run)",
                "%12d",
                audited,
                unaudited,
                result -> result.load().pagesServed());
        row(
                "access records of those views",
                "%12d",
                audited,
                unaudited,
                result -> result.records().profileViews());
        row(
                "access records of pages in the store",
                "%12d",
                audited,
                unaudited,
                result -> result.records().ofPages());
        row(
                "access records in the store (written)",
                "%12d",
                audited,
                unaudited,
                result -> result.records().total());
        row(
                "access records sealed into the chain",
                "%12d",
                audited,
                unaudited,
                result -> result.records().sealed());
        row(
                "server CPU per request (ms)",
                "%12.3f",
                audited,
                unaudited,
                result -> result.load().serverCpuMillisPerRequest());
        row(
                "client CPU per request (ms)",
                "%12.3f",
                audited,
                unaudited,
                result -> result.load().clientCpuMillisPerRequest());
        row(
                "machine CPU used by the server (%)",
                "%12.1f",
                audited,
                unaudited,
                result -> result.load().shareOfMachine(result.load().serverCpu()));
        row(
                "machine CPU used by the client (%)",
                "%12.1f",
                audited,
                unaudited,
                result -> result.load().shareOfMachine(result.load().clientCpu()));
        row(
                "machine CPU used by other processes (%)",
                "%12.1f",
                audited,
                unaudited,
                result -> result.load().shareOfMachine(result.load().otherCpu()));

        double auditedRate = audited.load().requestsPerSecond();
        double ratio = auditedRate / unaudited.load().requestsPerSecond();
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "audited / unaudited: %.1f %% (target >= %.0f %%: %s)%n",
                100 * ratio,
                100 * TARGET_RATIO,
                ratio >= TARGET_RATIO ? "met" : "MISSED");
        System.out.printf(
                Locale.ROOT,
                "audited requests/s:  %.1f (target >= %.0f: %s)%n",
                auditedRate,
                TARGET_REQUESTS_PER_SECOND,
                auditedRate >= TARGET_REQUESTS_PER_SECOND ? "met" : "MISSED");

        for (Result result : List.of(audited, unaudited)) {
            double other = result.load().shareOfMachine(result.load().otherCpu());
            if (other > QUIET_MACHINE_OTHER_SHARE) {
                System.out.printf(
                        Locale.ROOT,
                        "caution: other processes took %.0f %% of the machine while the %s "
                                + "server was measured; the figures do not compare, run again on a quiet machine%n",
                        other,
                        result.variant());
            }
        }

        List<String> flaws = new ArrayList<>();
        if (unaudited.records().ofPages() != 0) {
            flaws.add("the unaudited server wrote " + unaudited.records().ofPages() + " access records of pages");
        }
        for (Result result : List.of(audited, unaudited)) {
            if (result.records().sealed() != result.records().total()) {
                flaws.add(result.variant() + ": " + result.records().total() + " access records written but "
                        + result.records().sealed() + " sealed " + SEALING_PATIENCE.toSeconds() + " s after the load");
            }
        }
        long served = audited.load().pagesServed();
        long viewsRecorded = audited.records().profileViews();
        if (viewsRecorded < served || viewsRecorded > served + audited.load().unansweredAtMost()) {
            flaws.add("the audited server served " + served + " profile pages (and at most "
                    + audited.load().unansweredAtMost() + " more that the client stopped waiting for) but wrote "
                    + viewsRecorded + " access records of them");
        }
        for (Result result : List.of(audited, unaudited)) {
            result.load()
                    .failures()
                    .forEach((kind, count) -> flaws.add(result.variant() + ": " + count + " x " + kind));
        }
        if (flaws.isEmpty()) {
            System.out.println("check: the unaudited server wrote no access record of a page, the audited one wrote one"
                    + " for every profile page it served, every record was sealed while the server ran, and no request"
                    + " failed: the comparison holds");
            return true;
        }
        flaws.forEach(flaw -> System.out.println("check FAILED: " + flaw));
        return false;
    }

    private static void row(
            String label, String format, Result audited, Result unaudited, Function<Result, Number> figure) {
        System.out.printf(
                Locale.ROOT,
                "%-44s " + format + " " + format + "%n",
                label,
                figure.apply(audited),
                figure.apply(unaudited));
    }

    /**
     * The Payara Micro the benchmarks start: {@code bench.payaraDir}, {@code bench.serverConfig} and the JVM options of
     * {@code bench.serverJvmOptions} (space-separated, optional).
     */
    static PayaraServer.Setup serverSetup() {
        return new PayaraServer.Setup(
                existing("bench.payaraDir"),
                existing("bench.serverConfig"),
                Arrays.stream(System.getProperty("bench.serverJvmOptions", "")
                                .trim()
                                .split("\\s+"))
                        .filter(option -> !option.isEmpty())
                        .toList());
    }

    static String required(String property) {
        String value = System.getProperty(property, "");
        if (value.isBlank()) {
            throw new IllegalArgumentException(
                    "System property " + property + " is not set (./pims bench and bench-cluster set it)");
        }
        return value;
    }

    static Path existing(String property) {
        Path path = Path.of(required(property)).toAbsolutePath();
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(property + ": " + path + " does not exist; build it first");
        }
        return path;
    }

    static int positive(String property, int fallback) {
        String value = System.getProperty(property, "");
        if (value.isBlank()) {
            return fallback;
        }
        int number = Integer.parseInt(value.trim());
        if (number < 1) {
            throw new IllegalArgumentException(property + " must be at least 1, not " + number);
        }
        return number;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
