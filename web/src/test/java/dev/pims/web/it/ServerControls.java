package dev.pims.web.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What a test may change in the running server through the test-only servlets that {@link PimsDeployment#war()} adds:
 * the clock, system properties read at each request, and running a job now.
 */
final class ServerControls {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private ServerControls() {}

    /** Moves the server's clock this far ahead of real time; {@link Duration#ZERO} puts it back. */
    static void moveClock(URL base, Duration offset) throws IOException, InterruptedException {
        call(base, MovableClockServlet.PATH + "?offset=" + offset);
    }

    static void setSystemProperty(URL base, String name, String value) throws IOException, InterruptedException {
        call(base, SystemPropertyServlet.PATH + "?name=" + encoded(name) + "&value=" + encoded(value));
    }

    static void clearSystemProperty(URL base, String name) throws IOException, InterruptedException {
        call(base, SystemPropertyServlet.PATH + "?name=" + encoded(name));
    }

    /**
     * Puts the clock back to real time and every system property changed through {@link #setSystemProperty} or
     * {@link #clearSystemProperty} back to its value before the first change: what a class changed for its own tests
     * is not left to the next class on a shared server.
     */
    static void putBack(URL base) throws IOException, InterruptedException {
        moveClock(base, Duration.ZERO);
        call(base, SystemPropertyServlet.PATH + "?" + SystemPropertyServlet.PUT_BACK);
    }

    /**
     * Runs the job now through the job-run ledger and waits for the run to end.
     *
     * @return the run's outcome and summary, e.g. {@code SUCCEEDED 1 notices queued; …}
     */
    static String runJob(URL base, String jobName) throws IOException, InterruptedException {
        return call(base, JobRunServlet.PATH + "?name=" + encoded(jobName));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String call(URL base, String pathAndQuery) throws IOException, InterruptedException {
        String root = base.toExternalForm().replaceAll("/$", "");
        HttpResponse<String> answer = CLIENT.send(
                HttpRequest.newBuilder(URI.create(root + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(pathAndQuery + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }
}
