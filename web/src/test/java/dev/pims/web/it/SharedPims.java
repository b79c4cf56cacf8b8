package dev.pims.web.it;

import dev.pims.store.testing.StoreConnections;
import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One Payara Micro serving {@link PimsDeployment#war()} for every test class from the outside, started by the first and
 * stopped after the last, so that the suite pays one server start instead of one per class. It runs as Arquillian runs
 * the in-container tests' servers: the options of the container in {@code arquillian.xml}, the same data dir.
 * <p>
 * What a class changes in the server for its own tests, the clock and system properties, is put back after the class
 * ({@link ServerControls#putBack}). A class that needs a server of its own (Arquillian's, or {@link LaunchedPims})
 * stops this one first ({@link PreviousServerGone}): both would serve the same Derby stores.
 */
final class SharedPims implements BeforeAllCallback, AfterAllCallback {

    private static final Duration START_PATIENCE = Duration.ofMinutes(3);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(90);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private static Process server;
    private static URL base;

    /** The address of the shared server; started by the extension before the class. */
    static URL base() {
        if (server == null) {
            throw new IllegalStateException("The shared server is not running: register SharedPims on the class");
        }
        return base;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (server == null || !server.isAlive()) {
            new PreviousServerGone().beforeAll(context);
            start();
            // Stopped once every class has run: JUnit closes what the root store holds at the end.
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(SharedPims.class, (AutoCloseable)
                    SharedPims::stop);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (server != null && server.isAlive()) {
            ServerControls.putBack(base);
        }
    }

    /** Stops the shared server if it runs, and waits until its JVM has exited. */
    static synchronized void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(STOP_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
            server = null;
        }
    }

    private static synchronized void start() throws Exception {
        Path run = Path.of(System.getProperty("it.run.dir", "target/it-run")).toAbsolutePath();
        Files.createDirectories(run.resolve("tmp"));
        File war = run.resolve("shared-pims.war").toFile();
        PimsDeployment.war().as(ZipExporter.class).exportTo(war, true);
        int port = freeLoopbackPort();
        File log = run.resolve("shared-pims.log").toFile();
        ProcessBuilder command = onPostgres() ? launchedOnPostgres(run, war, port) : asArquillianRunsIt(war, port);
        server = command.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .start();
        base = URI.create("http://127.0.0.1:" + port + "/").toURL();
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        while (!answers(base)) {
            if (!server.isAlive() || System.nanoTime() > deadline) {
                stop();
                throw new IllegalStateException("The shared PIMS did not start; see " + log);
            }
            Thread.sleep(250);
        }
    }

    /**
     * Whether the suite runs on PostgreSQL ({@code -Dit.store=postgresql}, the failsafe execution {@code postgresql}):
     * the shared server is then started by {@code ./pims start --postgres}, which makes its cluster under the data dir.
     */
    static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("it.store"));
    }

    private static ProcessBuilder asArquillianRunsIt(File war, int port) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(containerOption("cmdOptions"));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar")));
        command.addAll(List.of("--deploy", war.getPath(), "--port", Integer.toString(port), "--nocluster"));
        command.addAll(containerOption("extraMicroOptions"));
        return new ProcessBuilder(command);
    }

    /** The launcher's start on PostgreSQL, with the test system properties, on a fresh data dir and cluster. */
    private static ProcessBuilder launchedOnPostgres(Path run, File war, int port) throws IOException {
        Path project = Path.of("..").toAbsolutePath().normalize();
        Path data = run.resolve("data");
        LaunchedPims.deleteRecursively(data);
        ProcessBuilder command = new ProcessBuilder(
                        project.resolve("pims").toString(),
                        "start",
                        "--postgres",
                        "--postgres-port",
                        Integer.toString(freeLoopbackPort()),
                        "--data",
                        data.toString(),
                        "--port",
                        Integer.toString(port))
                .directory(project.toFile());
        command.environment().put("PIMS_WAR", war.getPath());
        command.environment().put("PIMS_CLASS_CACHE", "off");
        command.environment()
                .put(
                        "PIMS_SYSTEM_PROPERTIES",
                        project.resolve("server-config/test.properties").toString());
        StoreConnections.onPostgresOf(data);
        return command;
    }

    /** Whether PIMS answers its home page: Payara Micro listens before the application is deployed. */
    private static boolean answers(URL base) {
        try {
            HttpURLConnection home = (HttpURLConnection) base.openConnection();
            home.setConnectTimeout(1_000);
            home.setReadTimeout(30_000);
            return home.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /**
     * A property of the container in {@code arquillian.xml}, its {@code ${…}} taken from the system properties, split
     * into arguments: one place says how the tests' servers run.
     */
    private static List<String> containerOption(String name) throws Exception {
        try (var xml = SharedPims.class.getResourceAsStream("/arquillian.xml")) {
            NodeList properties = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(xml)
                    .getElementsByTagName("property");
            for (int index = 0; index < properties.getLength(); index++) {
                Element property = (Element) properties.item(index);
                if (property.getAttribute("name").equals(name)) {
                    return Arrays.asList(
                            resolved(property.getTextContent().strip()).split("\\s+"));
                }
            }
        }
        throw new IllegalStateException("arquillian.xml has no container property " + name);
    }

    private static String resolved(String text) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (placeholder.find()) {
            String value = System.getProperty(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("No system property " + placeholder.group(1) + " for arquillian.xml");
            }
            placeholder.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(resolved).toString();
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return probe.getLocalPort();
        }
    }
}
