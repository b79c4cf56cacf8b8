package dev.pims.web.it;

import dev.pims.store.testing.StoreConnections;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * PIMS started by {@code ./pims start --demo}, as an operator starts it, with the test system properties (Derby's
 * network server, mail to GreenMail) and a WAR of the test's: for what only the launcher's own server shows, such as a
 * restart on the same data dir after the server was killed. In the suite's run on PostgreSQL ({@link
 * SharedPims#onPostgres}) it starts with {@code --postgres}, its own cluster under the data dir.
 */
final class LaunchedPims implements AutoCloseable {

    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    /**
     * The JVM options ({@code PIMS_JAVA_OPTS}) of the servers a test launches, this one's restarts on its data dir and
     * {@link PimsCluster}'s nodes: the JIT's first tier only. Such a server starts again and again and serves a few
     * requests each time; on two cores the optimising compiler's threads took the start's time (a start on an existing
     * data dir: 27.4 s on average with both tiers, 20.5 s with the first only, three each in alternation). Not at the
     * first start on a fresh data dir: it enrols the demo data, and without the optimising compiler that start took
     * 101 s instead of 43 s. The product's start keeps both tiers.
     */
    static final String TEST_SERVER_JVM_OPTIONS = "-XX:TieredStopAtLevel=1";

    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    private final Path dataDir;
    private final Path war;
    private final int port;
    private final Map<String, String> systemProperties;
    /** The loopback port of its PostgreSQL cluster, the same at every start; 0 on Derby. */
    private final int postgresPort;

    private Process launcher;
    private int starts;

    private LaunchedPims(Path dataDir, Path war, int port, Map<String, String> systemProperties) throws IOException {
        this.dataDir = dataDir;
        this.war = war;
        this.port = port;
        this.systemProperties = Map.copyOf(systemProperties);
        this.postgresPort = SharedPims.onPostgres() ? freeLoopbackPort() : 0;
    }

    /** Starts PIMS with demo data in a fresh data dir, serving this WAR. */
    static LaunchedPims start(Path dataDir, WebArchive war) throws Exception {
        return start(dataDir, war, Map.of());
    }

    /**
     * Starts PIMS with demo data in a fresh data dir, serving this WAR, with these system properties besides the test
     * system properties at this start and every later one.
     */
    static LaunchedPims start(Path dataDir, WebArchive war, Map<String, String> systemProperties) throws Exception {
        LaunchedPims pims = inFreshDataDir(dataDir, war, systemProperties);
        pims.startAgain();
        return pims;
    }

    /** How a start that ended by itself ended: the launcher's exit code and all it printed. */
    record Ended(int exitCode, String output) {}

    /** Starts PIMS with demo data in a fresh data dir, serving this WAR; waits for the launcher to end by itself. */
    static Ended startUntilItEnds(Path dataDir, WebArchive war) throws Exception {
        LaunchedPims pims = inFreshDataDir(dataDir, war, Map.of());
        File log = pims.nextLog();
        Process launcher = pims.launch(log, Map.of());
        if (!launcher.waitFor(START_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
            pims.launcher = launcher;
            pims.kill();
            throw new IllegalStateException(
                    "./pims start did not end; see " + log + ", which ends:\n" + lastLines(log));
        }
        return new Ended(launcher.exitValue(), Files.readString(log.toPath()));
    }

    private static LaunchedPims inFreshDataDir(Path dataDir, WebArchive war, Map<String, String> systemProperties)
            throws IOException {
        deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        Path warFile = dataDir.resolveSibling(dataDir.getFileName() + ".war");
        war.as(ZipExporter.class).exportTo(warFile.toFile(), true);
        return new LaunchedPims(dataDir, warFile, freeLoopbackPort(), systemProperties);
    }

    /** The data dir it runs on. */
    Path dataDir() {
        return dataDir;
    }

    URL base() throws IOException {
        return new URL("http://127.0.0.1:" + port + "/");
    }

    /** Starts the server on the same data dir and waits until it answers. */
    void startAgain() throws Exception {
        startAgain(Map.of());
    }

    /**
     * Starts the server on the same data dir, with these system properties besides those of every start (for this
     * start only), and waits until it answers.
     */
    void startAgain(Map<String, String> moreSystemProperties) throws Exception {
        File log = nextLog();
        launcher = launch(log, moreSystemProperties);
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        while (!Files.readString(log.toPath()).contains("PIMS is up at")) {
            if (!launcher.isAlive() || System.nanoTime() > deadline) {
                kill();
                // CI keeps only the test's report: the log's last lines go into it.
                throw new IllegalStateException("PIMS did not start; see " + log + ", which ends:\n" + lastLines(log));
            }
            Thread.sleep(200);
        }
    }

    private File nextLog() {
        starts++;
        return dataDir.resolveSibling(dataDir.getFileName() + "-start-" + starts + ".log")
                .toFile();
    }

    /** Runs {@code ./pims start} on the data dir, its output into the log. */
    private Process launch(File log, Map<String, String> moreSystemProperties) throws IOException {
        Map<String, String> properties = new TreeMap<>(systemProperties);
        properties.putAll(moreSystemProperties);
        List<String> arguments = new ArrayList<>(List.of(
                PROJECT.resolve("pims").toString(),
                "start",
                "--demo",
                "--data",
                dataDir.toString(),
                "--port",
                Integer.toString(port)));
        if (postgresPort != 0) {
            arguments.addAll(List.of("--postgres", "--postgres-port", Integer.toString(postgresPort)));
            StoreConnections.onPostgresOf(dataDir);
        }
        ProcessBuilder command = new ProcessBuilder(arguments)
                .directory(PROJECT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log);
        command.environment().put("PIMS_WAR", war.toString());
        // The data dir is thrown away after the test: writing a class cache at its stop would only cost time.
        command.environment().put("PIMS_CLASS_CACHE", "off");
        if (starts > 1) {
            command.environment().put("PIMS_JAVA_OPTS", TEST_SERVER_JVM_OPTIONS);
        }
        command.environment()
                .put("PIMS_SYSTEM_PROPERTIES", systemPropertiesFile(properties).toString());
        return command.start();
    }

    private static String lastLines(File log) throws IOException {
        List<String> lines = Files.readAllLines(log.toPath());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /**
     * Runs another command of {@code ./pims} (backup, restore), expects it to succeed, and returns what it printed.
     */
    static String command(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(PROJECT.resolve("pims").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .directory(PROJECT.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("./pims " + String.join(" ", arguments) + " failed:\n" + output);
        }
        return output;
    }

    /** Kills the server's JVM at once (SIGKILL), as a crash or a power cut would, and waits until it is gone. */
    void kill() throws Exception {
        String pid = Files.exists(pidFile()) ? Files.readString(pidFile()).trim() : "";
        if (!pid.isEmpty()) {
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
        }
        launcher.waitFor(60, TimeUnit.SECONDS);
    }

    /** Stops the server cleanly ({@code ./pims stop}). */
    @Override
    public void close() throws Exception {
        if (launcher != null && launcher.isAlive()) {
            new ProcessBuilder(PROJECT.resolve("pims").toString(), "stop", "--data", dataDir.toString())
                    .directory(PROJECT.toFile())
                    .inheritIO()
                    .start()
                    .waitFor(90, TimeUnit.SECONDS);
            launcher.waitFor(90, TimeUnit.SECONDS);
        }
    }

    /**
     * The test system properties ({@code server-config/test.properties}) as they are when there are no others, or a
     * copy of them beside the data dir with these added.
     */
    private Path systemPropertiesFile(Map<String, String> properties) throws IOException {
        return testSystemProperties(
                properties, dataDir.resolveSibling(dataDir.getFileName() + "-start-" + starts + ".properties"));
    }

    /**
     * The test system properties ({@code server-config/test.properties}) as they are when there are no others, or a
     * copy of them in this file with these added.
     */
    static Path testSystemProperties(Map<String, String> properties, Path copy) throws IOException {
        Path testProperties = PROJECT.resolve("server-config/test.properties");
        if (properties.isEmpty()) {
            return testProperties;
        }
        StringBuilder text = new StringBuilder(Files.readString(testProperties));
        text.append(System.lineSeparator()).append("# Added by the test for ").append(copy.getFileName());
        properties.forEach((name, value) -> text.append(System.lineSeparator())
                .append(escaped(name))
                .append('=')
                .append(escaped(value)));
        text.append(System.lineSeparator());
        Files.writeString(copy, text);
        return copy;
    }

    /** A key or value as a properties file reads it back: backslashes (Windows paths) doubled. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\");
    }

    private Path pidFile() {
        return dataDir.resolve("pims.pid");
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return probe.getLocalPort();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
