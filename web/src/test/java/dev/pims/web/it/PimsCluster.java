package dev.pims.web.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * PIMS as {@code ./pims cluster start --postgres} runs it: its nodes in one Hazelcast cluster on 127.0.0.1, their stores
 * on the PostgreSQL cluster the launcher makes in the data dir, HAProxy in front at {@link #base()} with TLS, serving
 * a WAR of the test's with the test system properties. A node can be killed (SIGKILL) and brought back.
 */
final class PimsCluster implements AutoCloseable {

    /** The launcher's node K serves 127.0.0.1:818K ({@code pims.d/cluster.bash}). */
    private static final int NODE_HTTP_BASE = 8180;

    private static final Duration START_PATIENCE = Duration.ofMinutes(8);

    private final Path dataDir;
    private final Path war;
    private final Path systemProperties;
    private final int nodes;
    private final int port;
    private int starts;

    private PimsCluster(Path dataDir, Path war, Path systemProperties, int nodes, int port) {
        this.dataDir = dataDir;
        this.war = war;
        this.systemProperties = systemProperties;
        this.nodes = nodes;
        this.port = port;
    }

    /** Starts a cluster of this many nodes on a fresh data dir, serving this WAR with these system properties added. */
    static PimsCluster start(Path dataDir, WebArchive war, int nodes, Map<String, String> systemProperties)
            throws Exception {
        LaunchedPims.deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        Path warFile = dataDir.resolveSibling(dataDir.getFileName() + ".war");
        war.as(ZipExporter.class).exportTo(warFile.toFile(), true);
        Path properties = LaunchedPims.testSystemProperties(
                systemProperties, dataDir.resolveSibling(dataDir.getFileName() + ".properties"));
        PimsCluster cluster = new PimsCluster(dataDir, warFile, properties, nodes, 8443);
        cluster.startWhatIsDown();
        return cluster;
    }

    /** Runs {@code ./pims cluster start} again: it starts every node that does not run (and the balancer). */
    void startWhatIsDown() throws Exception {
        starts++;
        File log = dataDir.resolveSibling(dataDir.getFileName() + "-start-" + starts + ".log")
                .toFile();
        ProcessBuilder command = new ProcessBuilder(
                        LaunchedPims.PROJECT.resolve("pims").toString(),
                        "cluster",
                        "start",
                        "--postgres",
                        "--nodes",
                        Integer.toString(nodes),
                        "--data",
                        dataDir.toString(),
                        "--port",
                        Integer.toString(port))
                .directory(LaunchedPims.PROJECT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log);
        command.environment().put("PIMS_WAR", war.toString());
        command.environment().put("PIMS_CLASS_CACHE", "off");
        command.environment().put("PIMS_JAVA_OPTS", LaunchedPims.TEST_SERVER_JVM_OPTIONS);
        command.environment().put("PIMS_SYSTEM_PROPERTIES", systemProperties.toString());
        Process launcher = command.start();
        if (!launcher.waitFor(START_PATIENCE.toSeconds(), TimeUnit.SECONDS) || launcher.exitValue() != 0) {
            launcher.destroyForcibly();
            throw new IllegalStateException(
                    "The cluster did not start; see " + log + ":\n" + Files.readString(log.toPath()));
        }
    }

    /** The data dir: the PostgreSQL cluster, the master key, a folder per node. */
    Path dataDir() {
        return dataDir;
    }

    /** The balancer's address, where members and staff reach PIMS. */
    URL base() throws IOException {
        return URI.create("https://127.0.0.1:" + port + "/").toURL();
    }

    /** Node K's own address, behind the balancer (for the test servlets). */
    URL node(int k) throws IOException {
        return URI.create("http://127.0.0.1:" + (NODE_HTTP_BASE + k) + "/").toURL();
    }

    /** The node HAProxy names in its sticky cookie {@code PIMS_NODE}: {@code node-K}. */
    static int nodeNamed(String stickyCookie) {
        return Integer.parseInt(stickyCookie.substring("node-".length()));
    }

    /** The other node of a two-node cluster. */
    static int otherThan(int k) {
        return k == 1 ? 2 : 1;
    }

    /** Kills node K's JVM at once (SIGKILL), as a crash would, and waits until it is gone. */
    void kill(int k) throws Exception {
        Path pidFile = dataDir.resolve("node-" + k).resolve("pims.pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle.of(pid).ifPresent(node -> {
            node.destroyForcibly();
            node.onExit().join();
        });
    }

    /** Stops the balancer, the nodes and PostgreSQL ({@code ./pims cluster stop}). */
    @Override
    public void close() throws Exception {
        new ProcessBuilder(List.of(
                        LaunchedPims.PROJECT.resolve("pims").toString(),
                        "cluster",
                        "stop",
                        "--data",
                        dataDir.toString()))
                .directory(LaunchedPims.PROJECT.toFile())
                .inheritIO()
                .start()
                .waitFor(5, TimeUnit.MINUTES);
    }
}
