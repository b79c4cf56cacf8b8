package dev.pims.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Payara Micro serving one WAR at http://127.0.0.1:PORT/, started the way {@code ./pims start --demo} starts it:
 * the same boot command files and system properties, Derby on {@code --addlibs}, the data and temporary files in a
 * data dir of its own. Its output goes to pims.log in that dir. Closing it stops it with SIGTERM, as Ctrl-C would.
 */
final class PayaraServer implements AutoCloseable {

    /** Where the server comes from: payara-micro.jar and the Derby jars, server-config/, extra JVM options. */
    record Setup(Path payaraDir, Path serverConfig, List<String> jvmOptions) {}

    private static final Duration BOOT_PATIENCE = Duration.ofMinutes(3);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final Path log;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    /** Stops the server if the benchmark itself is stopped while the server runs. */
    private final Thread stopOnExit;

    private PayaraServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.stopOnExit = new Thread(process::destroy, "stop Payara Micro " + process.pid());
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        Thread copier = new Thread(this::copyOutputToLog, "Payara Micro output " + process.pid());
        copier.setDaemon(true);
        copier.start();
    }

    /** Starts the server with demo data and returns once Payara Micro says it is ready. */
    static PayaraServer start(Setup setup, Path war, Path dataDir) throws IOException, InterruptedException {
        Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
        Path payara = setup.payaraDir();
        int port = freeLoopbackPort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData",
                "-Djava.io.tmpdir=" + tmp,
                "-Dderby.system.home=" + dataDir,
                "-Dpims.demo=true"));
        command.addAll(setup.jvmOptions());
        command.addAll(List.of(
                "-jar",
                payara.resolve("payara-micro.jar").toString(),
                "--nocluster",
                "--disablephonehome",
                "--prebootcommandfile",
                setup.serverConfig().resolve("pre-boot.asadmin").toString(),
                "--postbootcommandfile",
                setup.serverConfig().resolve("post-boot.asadmin").toString(),
                "--systemproperties",
                setup.serverConfig().resolve("dev.properties").toString(),
                "--addlibs",
                payara.resolve("derby.jar") + ":" + payara.resolve("derbyshared.jar") + ":"
                        + payara.resolve("derbytools.jar"),
                "--deploy",
                war.toString(),
                "--contextroot",
                "/",
                "--port",
                Integer.toString(port)));
        Process process = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .start();
        PayaraServer server = new PayaraServer(process, port, dataDir.resolve("pims.log"));
        server.awaitReady();
        return server;
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    Path log() {
        return log;
    }

    /** CPU time the server process has used so far, all its threads together. */
    Duration cpuTime() {
        return process.info()
                .totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("This system does not tell a process's CPU time"));
    }

    /** Sends SIGTERM, as Ctrl-C would, and waits for Payara Micro to undeploy and end. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(STOP_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("Payara Micro did not stop within " + STOP_PATIENCE.toSeconds()
                        + " s of SIGTERM and was killed; its store may need recovery. See " + log);
            }
        }
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }

    /** Ends the server at once (SIGKILL), as a crash would: nothing it does on a clean stop happens. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    private void awaitReady() throws InterruptedException {
        try {
            ready.get(BOOT_PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException notReady) {
            close();
            throw new IllegalStateException(
                    notReady instanceof TimeoutException
                            ? "Payara Micro was not ready within " + BOOT_PATIENCE.toMinutes() + " min; see " + log
                            : notReady.getCause().getMessage(),
                    notReady);
        }
    }

    private void copyOutputToLog() {
        try (BufferedReader output = process.inputReader();
                BufferedWriter writer = Files.newBufferedWriter(log)) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                writer.write(line);
                writer.newLine();
                writer.flush();
                if (line.contains("Payara Micro") && line.contains("ready in")) {
                    ready.complete(null);
                } else if (line.contains("Failed to start, exiting")) {
                    // Payara Micro gives up booting but its JVM keeps running: awaitReady ends it.
                    ready.completeExceptionally(new IllegalStateException("Payara Micro failed to start; see " + log));
                }
            }
        } catch (IOException broken) {
            ready.completeExceptionally(broken);
        }
        ready.completeExceptionally(new IllegalStateException("Payara Micro ended before it was ready; see " + log));
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return probe.getLocalPort();
        }
    }
}
