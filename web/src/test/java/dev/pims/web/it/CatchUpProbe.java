package dev.pims.web.it;

import dev.pims.jobs.JobProgress;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.Schedule;
import dev.pims.jobs.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test only: a job due every day at midnight UTC that remembers the scheduled times it ran for, so that
 * {@link AccessChainIT} can see what the runner caught up.
 */
@ApplicationScoped
public class CatchUpProbe implements ScheduledJob {

    static final String NAME = "test.catch-up-probe";
    static final List<Instant> RAN_FOR = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return Schedule.daily(LocalTime.MIDNIGHT);
    }

    @Override
    public JobResult run(Instant scheduledFor, JobProgress progress) {
        RAN_FOR.add(scheduledFor);
        return new JobResult(1, "probe ran for " + scheduledFor);
    }
}
