package dev.pims.web.it;

import dev.pims.jobs.JobLedger;
import dev.pims.jobs.JobOutcome;
import dev.pims.jobs.JobRunView;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Test only: {@code GET /test/job-run?name=dormancy.notices} runs a job now through the job-run ledger, as a page's
 * "run now" does ({@link JobLedger#requestRun}), waits for the run to end, and answers with its outcome and summary,
 * e.g. {@code SUCCEEDED 1 notices queued; …}. For browser tests of a job that no page starts. Use it through
 * {@link ServerControls}.
 */
@WebServlet(urlPatterns = JobRunServlet.PATH)
public class JobRunServlet extends HttpServlet {

    static final String PATH = "/test/job-run";
    private static final long serialVersionUID = 1L;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Inject
    private JobLedger ledger;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            long runId = claimed(name, deadline);
            JobRunView run = ended(runId, deadline);
            response.setContentType("text/plain");
            response.getWriter().print(run.outcome() + " " + run.summary());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Interrupted");
        } catch (IllegalStateException tooLong) {
            response.sendError(HttpServletResponse.SC_GATEWAY_TIMEOUT, tooLong.getMessage());
        }
    }

    /** A run of the job already going (the minute tick's), or of this second, leaves none to claim: try again. */
    private long claimed(String name, long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            OptionalLong runId = ledger.requestRun(name);
            if (runId.isPresent()) {
                return runId.getAsLong();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("No run of " + name + " could be claimed in " + PATIENCE);
    }

    private JobRunView ended(long runId, long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            Optional<JobRunView> run = ledger.run(runId);
            if (run.isPresent() && run.get().outcome() != JobOutcome.RUNNING) {
                return run.get();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Run " + runId + " did not end in " + PATIENCE);
    }
}
