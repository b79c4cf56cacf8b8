package dev.pims.jobs.internal;

import dev.pims.jobs.JobLedger;
import dev.pims.jobs.JobOutcome;
import dev.pims.jobs.JobProgress;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.JobRunView;
import dev.pims.jobs.ScheduledJob;
import dev.pims.jobs.domain.JobRun;
import dev.pims.jobs.domain.JobRuns;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the due runs of every {@link ScheduledJob}: once the application has started (the catch-up of what fell into the
 * downtime) and on a tick, every minute ({@code pims.jobs.tick-seconds}, read at start). The tick is a non-persistent
 * timer on purpose: the ledger, not Payara's data grid, remembers what ran. For each job a pass first runs again what
 * is to be retried (a FAILED run, or a RUNNING one whose lease expired, below the maximum of attempts; at the maximum,
 * such a RUNNING one is marked FAILED), then every scheduled time missed since the job's latest ledger entry, oldest
 * first. Jobs run one after the other, outside any transaction, each attempt under this runner's lease.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRunner implements JobLedger {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());
    /** How often the start-up catch-up looks again whether the application has started. */
    private static final long START_UP_POLL_MILLIS = 1_000;

    private static final String CATCH_UP = "job catch-up at start-up";

    private static final String TICK = "job tick";

    /** Who holds the leases of this instance's runs: new at each start, so a restarted server holds none of its old. */
    private final String instanceId = "runner-" + UUID.randomUUID();

    @Inject
    @Any
    private Instance<ScheduledJob> jobs;

    @Inject
    private LedgerEntries entries;

    @Inject
    private JobRuns runs;

    @Inject
    private Clock clock;

    @Resource
    private TimerService timers;

    private final ReentrantLock running = new ReentrantLock();

    @PostConstruct
    void scheduleTimers() {
        scheduleStartUpCatchUp();
        long tickMillis = JobSettings.tick().toMillis();
        timers.createIntervalTimer(tickMillis, tickMillis, new TimerConfig(TICK, false));
    }

    private void scheduleStartUpCatchUp() {
        timers.createSingleActionTimer(START_UP_POLL_MILLIS, new TimerConfig(CATCH_UP, false));
    }

    /** A run claimed at someone's request, waiting for its timer. */
    private record RequestedRun(String jobName, Instant scheduledFor, long runId) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Timeout
    void timeout(Timer timer) {
        if (timer.getInfo() instanceof RequestedRun requested) {
            running.lock();
            try {
                run(
                        jobNamed(requested.jobName()),
                        requested.scheduledFor(),
                        requested.runId(),
                        1,
                        JobSettings.fromConfig());
            } finally {
                running.unlock();
            }
        } else if (TICK.equals(timer.getInfo())) {
            tick();
        } else if (ApplicationStart.hasStarted()) {
            runDueJobs();
        } else {
            scheduleStartUpCatchUp();
        }
    }

    @Override
    public OptionalLong requestRun(String jobName) {
        jobNamed(jobName);
        boolean going = runs.latest(jobName, 1).stream().anyMatch(run -> run.getOutcome() == JobOutcome.RUNNING);
        if (going) {
            return OptionalLong.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        OptionalLong claimed = entries.claimIfFree(
                jobName, now, instanceId, JobSettings.fromConfig().lease());
        if (claimed.isPresent()) {
            // A timer runs without the caller's identity, as a scheduled run does.
            timers.createSingleActionTimer(
                    0, new TimerConfig(new RequestedRun(jobName, now, claimed.getAsLong()), false));
        }
        return claimed;
    }

    @Override
    public Optional<JobRunView> runNow(String jobName) {
        ScheduledJob job = jobNamed(jobName);
        JobSettings settings = JobSettings.fromConfig();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        OptionalLong claimed = entries.claimIfFree(jobName, now, instanceId, settings.lease());
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        running.lock();
        try {
            run(job, now, claimed.getAsLong(), 1, settings);
        } finally {
            running.unlock();
        }
        return run(claimed.getAsLong());
    }

    @Override
    public Optional<JobRunView> run(long runId) {
        return runs.byId(runId).map(JobRun::toView);
    }

    private ScheduledJob jobNamed(String jobName) {
        for (ScheduledJob job : jobs) {
            if (job.name().equals(jobName)) {
                return job;
            }
        }
        throw new IllegalArgumentException("No job is named " + jobName);
    }

    private void tick() {
        // A tick that finds the application still starting, or the jobs still running, skips: the next one looks again.
        if (ApplicationStart.hasStarted() && running.tryLock()) {
            try {
                runDue();
            } finally {
                running.unlock();
            }
        }
    }

    @Override
    public void runDueJobs() {
        running.lock();
        try {
            runDue();
        } finally {
            running.unlock();
        }
    }

    @Override
    public List<JobRunView> recentRuns(String jobName, int max) {
        return runs.latest(jobName, max).stream().map(JobRun::toView).toList();
    }

    private void runDue() {
        JobSettings settings = JobSettings.fromConfig();
        for (ScheduledJob job : jobs) {
            retry(job, settings);
            catchUp(job, settings);
        }
    }

    private void retry(ScheduledJob job, JobSettings settings) {
        int abandoned = entries.failAbandoned(job.name(), settings.maxAttempts());
        if (abandoned > 0) {
            LOG.warning(() -> "Job " + job.name() + ": " + abandoned + " run(s) abandoned at the last allowed attempt"
                    + " marked FAILED");
        }
        for (LedgerEntries.Unfinished run : entries.retryable(job.name(), settings.maxAttempts())) {
            if (entries.takeOver(run, instanceId, settings.lease())) {
                run(job, run.scheduledFor(), run.id(), run.attempts() + 1, settings);
            }
        }
    }

    private void catchUp(ScheduledJob job, JobSettings settings) {
        Instant now = clock.instant();
        // A sweep's runs in the future (the clock went back) do not stop it: it does what is due now, and only the
        // run of the very same time stands in the way of a claim.
        boolean sweep = job.catchesUpLatestOnly();
        DueRuns.CatchUp due = sweep
                ? DueRuns.latestOnly(job.schedule(), entries.latestEntryUpTo(job.name(), now), now)
                : DueRuns.missed(job.schedule(), entries.latestEntry(job.name()), now, settings.catchUpLimit());
        if (due.remaining() > 0) {
            LOG.warning(() -> "Job " + job.name() + " missed more runs than a pass catches up ("
                    + settings.catchUpLimit() + "); " + due.remaining() + " remain for the next passes");
        }
        for (Instant scheduledFor : due.toClaim()) {
            OptionalLong claimed = sweep
                    ? entries.claimIfFree(job.name(), scheduledFor, instanceId, settings.lease())
                    : entries.claim(job.name(), scheduledFor, instanceId, settings.lease());
            if (claimed.isPresent()) {
                run(job, scheduledFor, claimed.getAsLong(), 1, settings);
            }
        }
    }

    private void run(ScheduledJob job, Instant due, long runId, int attempt, JobSettings settings) {
        LOG.info(() -> "Job " + job.name() + " runs for " + due + " (attempt " + attempt + ")");
        JobOutcome outcome;
        JobResult result;
        try {
            result = job.run(due, new LeaseProgress(entries, runId, attempt, instanceId, settings.lease(), clock));
            outcome = JobOutcome.SUCCEEDED;
        } catch (JobProgress.LeaseLost lost) {
            LOG.warning(() -> "Job " + job.name() + " for " + due + " stopped: " + lost.getMessage());
            return;
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Job " + job.name() + " failed for " + due + " (attempt " + attempt + ")", failure);
            outcome = JobOutcome.FAILED;
            result = new JobResult(0, String.valueOf(failure.getMessage()));
        }
        if (!entries.end(runId, attempt, instanceId, outcome, result)) {
            LOG.warning(() -> "Job " + job.name() + " for " + due + " ended after another runner took it over; "
                    + "the other runner's result stands");
        }
    }
}
