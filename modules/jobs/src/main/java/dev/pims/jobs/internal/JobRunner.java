package dev.pims.jobs.internal;

import dev.pims.jobs.JobLedger;
import dev.pims.jobs.JobOutcome;
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
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the due runs of every {@link ScheduledJob}: once shortly after start-up (the catch-up of what fell into the
 * downtime) and on a one-minute tick. The tick is a non-persistent timer on purpose: the ledger, not Payara's data
 * grid, remembers what ran. Jobs run one after the other, outside any transaction.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRunner implements JobLedger {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());
    /** Lets every other start-up singleton finish first; the catch-up needs the whole application. */
    private static final long START_UP_DELAY_MILLIS = 3_000;

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
    void scheduleStartUpCatchUp() {
        timers.createSingleActionTimer(START_UP_DELAY_MILLIS, new TimerConfig("job catch-up at start-up", false));
    }

    @Timeout
    void catchUpAtStartUp() {
        runDueJobs();
    }

    @Schedule(minute = "*", hour = "*", persistent = false, info = "job tick")
    void tick() {
        // A tick that finds the jobs still running skips: the next one looks again.
        if (running.tryLock()) {
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
        Instant now = clock.instant();
        for (ScheduledJob job : jobs) {
            Instant due = job.schedule().latestAtOrBefore(now);
            OptionalLong claimed = entries.claim(job.name(), due);
            if (claimed.isPresent()) {
                run(job, due, claimed.getAsLong());
            }
        }
    }

    private void run(ScheduledJob job, Instant due, long runId) {
        LOG.info(() -> "Job " + job.name() + " runs for " + due);
        try {
            JobResult result = job.run(due);
            entries.end(runId, JobOutcome.SUCCEEDED, result);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Job " + job.name() + " failed for " + due, failure);
            entries.end(runId, JobOutcome.FAILED, new JobResult(0, String.valueOf(failure.getMessage())));
        }
    }
}
