package dev.pims.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * {@code ./pims bench-cluster}: the /my/profile load of {@code ./pims bench} on the audited product WAR, one setup after
 * the other in one run: a single node on embedded Derby (the default, reached directly), then {@code ./pims cluster
 * start --postgres} with one node and with two, reached through HAProxy with TLS. Each starts with a fresh data dir and
 * the demo data. On two shared cores the figures say what PostgreSQL, the cluster's grid and the balancer cost against
 * embedded Derby, not what more cores would serve. The server CPU counts every process of the setup: the node or
 * nodes, PostgreSQL's processes and HAProxy.
 * <p>
 * Settings are system properties: those of {@link ProfileThroughput} for the Derby node ({@code bench.payaraDir},
 * {@code bench.serverConfig}, {@code bench.auditedWar}, {@code bench.workDir}, optionally {@code bench.sessions},
 * {@code bench.warmupSeconds}, {@code bench.measureSeconds}, {@code bench.serverJvmOptions}), and
 * {@code bench.launcher}, the {@code pims} script that starts and stops the clusters.
 */
public final class ClusterThroughput {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CLUSTER_PATIENCE = Duration.ofMinutes(10);
    /** The balancer's port for the bench's clusters, beside the 8443 of a cluster someone may be running. */
    private static final int BALANCER_PORT = 8543;

    /** One setup's run: what it is and what the load measured. */
    private record Result(String setup, Measurement load) {}

    private final PayaraServer.Setup server;
    private final Path launcher;
    private final Path workDir;
    private final int sessions;
    private final Duration warmUp;
    private final Duration measured;

    private ClusterThroughput(
            PayaraServer.Setup server, Path launcher, Path workDir, int sessions, Duration warmUp, Duration measured) {
        this.server = server;
        this.launcher = launcher;
        this.workDir = workDir;
        this.sessions = sessions;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path workDir = Files.createDirectories(
                Path.of(ProfileThroughput.required("bench.workDir")).toAbsolutePath());
        ClusterThroughput bench = new ClusterThroughput(
                ProfileThroughput.serverSetup(),
                ProfileThroughput.existing("bench.launcher"),
                workDir,
                ProfileThroughput.positive("bench.sessions", 12),
                Duration.ofSeconds(ProfileThroughput.positive("bench.warmupSeconds", 120)),
                Duration.ofSeconds(ProfileThroughput.positive("bench.measureSeconds", 15)));
        Path war = ProfileThroughput.existing("bench.auditedWar");
        System.out.printf(
                Locale.ROOT,
                "bench-cluster: audited /my/profile, %d signed-in sessions, %d s warm-up and %d s measured per setup,"
                        + " %d cores shared by client and servers%n",
                bench.sessions,
                bench.warmUp.toSeconds(),
                bench.measured.toSeconds(),
                Runtime.getRuntime().availableProcessors());
        List<Result> results = new ArrayList<>();
        results.add(bench.onDerby(war));
        results.add(bench.onCluster(war, 1));
        results.add(bench.onCluster(war, 2));
        boolean holds = report(results);
        System.out.printf(
                Locale.ROOT,
                "bench-cluster: done in %d s%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        System.exit(holds ? 0 : 1);
    }

    private Result onDerby(Path war) throws Exception {
        String setup = "Derby, 1 node";
        Path dataDir = workDir.resolve("derby");
        ProfileThroughput.deleteRecursively(dataDir);
        System.out.printf("%s: starting Payara Micro (log: %s)%n", setup, dataDir.resolve("pims.log"));
        try (PayaraServer payara = PayaraServer.start(server, war, dataDir)) {
            Measurement load = load(setup, payara.baseUri(), plainHttp(), dataDir, payara::cpuTime);
            payara.kill();
            return new Result(setup, load);
        }
    }

    private Result onCluster(Path war, int nodes) throws Exception {
        String setup = "PostgreSQL, " + nodes + " node" + (nodes == 1 ? "" : "s") + ", HAProxy";
        Path dataDir = workDir.resolve("cluster-" + nodes);
        ProfileThroughput.deleteRecursively(dataDir);
        System.out.printf("%s: ./pims cluster start (log: %s)%n", setup, dataDir.resolveSibling(dataDir + ".log"));
        cluster(
                war,
                dataDir,
                "start",
                "--postgres",
                "--demo",
                "--nodes",
                Integer.toString(nodes),
                "--port",
                Integer.toString(BALANCER_PORT));
        try {
            URI base = URI.create("https://127.0.0.1:" + BALANCER_PORT + "/");
            return new Result(
                    setup,
                    load(
                            setup,
                            base,
                            trusting(dataDir.resolve("tls/pims.crt")),
                            dataDir,
                            () -> cpuOfTheCluster(dataDir, nodes)));
        } finally {
            cluster(war, dataDir, "stop");
        }
    }

    private Measurement load(String setup, URI base, HttpClient http, Path dataDir, Supplier<Duration> cpuTime)
            throws Exception {
        System.out.printf("%s: up at %s, signing in %d sessions%n", setup, base, sessions);
        List<MemberSession> signedIn = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            signedIn.add(
                    MemberSession.signIn(http, base, ProfileThroughput.DEMO_EMAIL, ProfileThroughput.DEMO_PASSWORD));
        }
        System.out.printf(
                Locale.ROOT,
                "%s: warming up for %d s, then measuring for %d s%n",
                setup,
                warmUp.toSeconds(),
                measured.toSeconds());
        return SessionLoad.run(base, signedIn, warmUp, measured, dataDir, cpuTime);
    }

    private void cluster(Path war, Path dataDir, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "cluster"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--data", dataDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dataDir.resolveSibling(dataDir + ".log").toFile()));
        builder.environment().put("PIMS_WAR", war.toString());
        builder.environment().put("PIMS_CLASS_CACHE", "off");
        String options = String.join(" ", server.jvmOptions());
        builder.environment().put("PIMS_JAVA_OPTS", options);
        Process process = builder.start();
        if (!process.waitFor(CLUSTER_PATIENCE.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "./pims cluster " + arguments[0] + " failed; see " + dataDir.resolveSibling(dataDir + ".log"));
        }
    }

    /** CPU time of every process of the cluster: its nodes, PostgreSQL's postmaster and its children, HAProxy. */
    private static Duration cpuOfTheCluster(Path dataDir, int nodes) {
        List<Path> pidFiles = new ArrayList<>();
        for (int node = 1; node <= nodes; node++) {
            pidFiles.add(dataDir.resolve("node-" + node).resolve("pims.pid"));
        }
        pidFiles.add(dataDir.resolve("haproxy.pid"));
        pidFiles.add(dataDir.resolve("postgres/data/postmaster.pid"));
        Duration total = Duration.ZERO;
        for (Path pidFile : pidFiles) {
            Optional<ProcessHandle> process = firstLineAsPid(pidFile).flatMap(ProcessHandle::of);
            if (process.isPresent()) {
                total = total.plus(cpuOf(process.get()));
                for (ProcessHandle child : process.get().descendants().toList()) {
                    total = total.plus(cpuOf(child));
                }
            }
        }
        return total;
    }

    private static Duration cpuOf(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static Optional<Long> firstLineAsPid(Path pidFile) {
        try (Stream<String> lines = Files.lines(pidFile)) {
            return lines.findFirst()
                    .map(String::trim)
                    .filter(line -> line.matches("\\d+"))
                    .map(Long::parseLong);
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    private static HttpClient plainHttp() {
        return client(null);
    }

    /** A client that trusts the certificate the launcher made for the balancer, and no other. */
    private static HttpClient trusting(Path certificate) throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream pem = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry(
                    "pims", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return client(tls);
    }

    private static HttpClient client(SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER);
        return tls == null ? builder.build() : builder.sslContext(tls).build();
    }

    /** Prints the setups side by side, with each one's throughput against Derby's; tells whether no request failed. */
    private static boolean report(List<Result> results) {
        System.out.printf("%n%-36s", "");
        results.forEach(result -> System.out.printf("%30s", result.setup()));
        System.out.println();
        row(results, "requests/s", "%30.1f", result -> result.load().requestsPerSecond());
        double derby = results.get(0).load().requestsPerSecond();
        row(
                results,
                "requests/s against Derby (%)",
                "%30.0f",
                result -> 100 * result.load().requestsPerSecond() / derby);
        row(results, "latency p50 (ms)", "%30.2f", result -> result.load().p50Millis());
        row(results, "latency p95 (ms)", "%30.2f", result -> result.load().p95Millis());
        row(
                results,
                "failed requests (whole run)",
                "%30d",
                result -> result.load().failureCount());
        row(
                results,
                "server CPU per request (ms)",
                "%30.3f",
                result -> result.load().serverCpuMillisPerRequest());
        row(
                results,
                "client CPU per request (ms)",
                "%30.3f",
                result -> result.load().clientCpuMillisPerRequest());
        List<String> flaws = new ArrayList<>();
        for (Result result : results) {
            result.load().failures().forEach((kind, count) -> flaws.add(result.setup() + ": " + count + " x " + kind));
        }
        if (flaws.isEmpty()) {
            System.out.println("check: no request failed in any setup");
            return true;
        }
        flaws.forEach(flaw -> System.out.println("check FAILED: " + flaw));
        return false;
    }

    private static void row(List<Result> results, String label, String format, Function<Result, Number> figure) {
        System.out.printf(Locale.ROOT, "%-36s", label);
        results.forEach(result -> System.out.printf(Locale.ROOT, format, figure.apply(result)));
        System.out.println();
    }
}
