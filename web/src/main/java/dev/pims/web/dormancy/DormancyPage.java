package dev.pims.web.dormancy;

import dev.pims.dormancy.DormancyCounts;
import dev.pims.dormancy.DormancyJobRuns;
import dev.pims.dormancy.DormancyNotices;
import dev.pims.dormancy.DormancyOverview;
import dev.pims.dormancy.DormancyTerms;
import dev.pims.jobs.JobRunView;
import dev.pims.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalLong;
import org.primefaces.PrimeFaces;

/**
 * {@code /admin/dormancy}: dormancy as the privacy officer runs it and the auditors read it (policy §4C). Counts of
 * members by standing and of the notices due and sent, never a member; the settings in force; "Run now" (the
 * officer's only) starts the notice job and the page polls that run, by its id, to its end; below, the latest runs of
 * each dormancy job.
 * <p>
 * View-scoped for one thing only, the id of the run this view started. What it shows is read again at each request:
 * the caches are transient and emptied when a request of the view begins (its two actions), so a poll tick shows the
 * run as it stands now.
 */
@Named
@ViewScoped
public class DormancyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int RUNS_SHOWN = 10;

    /** What a poll tick brings up to date once the run has ended: the progress itself is updated by every tick. */
    private static final String[] AFTER_THE_RUN = {"dormancy:counts", "dormancy:runs"};

    @Inject
    private DormancyOverview dormancy;

    /** The run of the notice job this view started; null before, and then the page follows the job's latest run. */
    private Long startedRun;

    private transient DormancyCounts counts;
    private transient DormancyTerms terms;
    private transient List<DormancyJobRuns> runs;
    private transient JobRunView run;
    private transient boolean runRead;

    public void runNow() {
        forget();
        OptionalLong started = dormancy.runNoticesNow();
        if (started.isPresent()) {
            startedRun = started.getAsLong();
            Messages.info("dormancy.started", startedRun);
        } else {
            Messages.info("dormancy.alreadyRunning");
        }
        // The run is read before the counts are rendered, not after: a run that ends in between is then either seen
        // running, and the poll shows the counts anew at its end, or seen ended, with the counts read after it.
        getRun();
    }

    /** Each tick of the progress poll: at the run's end, the counts and the runs are shown anew. */
    public void tick() {
        forget();
        if (!isRunning()) {
            PrimeFaces.current().ajax().update(AFTER_THE_RUN);
        }
    }

    private void forget() {
        counts = null;
        terms = null;
        runs = null;
        run = null;
        runRead = false;
    }

    public DormancyCounts getCounts() {
        if (counts == null) {
            counts = dormancy.counts();
        }
        return counts;
    }

    public DormancyTerms getTerms() {
        if (terms == null) {
            terms = dormancy.terms();
        }
        return terms;
    }

    public List<DormancyJobRuns> getRuns() {
        if (runs == null) {
            runs = dormancy.recentRuns(RUNS_SHOWN);
        }
        return runs;
    }

    /** The run the progress is of: the one this view started, else the notice job's latest; null before any. */
    public JobRunView getRun() {
        if (!runRead) {
            run = startedRun != null ? dormancy.run(startedRun).orElse(null) : latestNoticeRun(getRuns());
            runRead = true;
        }
        return run;
    }

    static JobRunView latestNoticeRun(List<DormancyJobRuns> runs) {
        return runs.stream()
                .filter(job -> job.job().equals(DormancyNotices.JOB))
                .flatMap(job -> job.runs().stream())
                .findFirst()
                .orElse(null);
    }

    public boolean isRunning() {
        return getRun() != null && getRun().isRunning();
    }
}
