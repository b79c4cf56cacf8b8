package dev.pims.web.it;

import dev.pims.jobs.JobProgress;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.Schedule;
import dev.pims.jobs.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test only: a job due every day at midnight UTC that fails the first attempt at each scheduled time and succeeds at
 * the next, remembering the attempts it saw, so that {@link AccessChainIT} can see the runner retry a FAILED run.
 */
@ApplicationScoped
public class FlakyProbe implements ScheduledJob {

    static final String NAME = "test.flaky-probe";
    private static final Map<Instant, List<Integer>> ATTEMPTS = new ConcurrentHashMap<>();

    /** The attempts this probe saw at the scheduled time, in order. */
    static List<Integer> attemptsAt(Instant scheduledFor) {
        return List.copyOf(ATTEMPTS.getOrDefault(scheduledFor, List.of()));
    }

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
        ATTEMPTS.computeIfAbsent(scheduledFor, time -> new CopyOnWriteArrayList<>())
                .add(progress.attempt());
        if (progress.attempt() == 1) {
            throw new IllegalStateException("the flaky probe fails its first attempt at " + scheduledFor);
        }
        progress.advance(1);
        return new JobResult(1, "flaky probe ran for " + scheduledFor + " at attempt " + progress.attempt());
    }
}
