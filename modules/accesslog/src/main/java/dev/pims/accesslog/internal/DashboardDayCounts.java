package dev.pims.accesslog.internal;

import dev.pims.jobs.JobProgress;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.Schedule;
import dev.pims.jobs.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;

/**
 * Counts the past days of the last month for the auditors' dashboard every day at 00:15 UTC (V11). Idempotent for its
 * scheduled time, as the job-run ledger asks: a run again counts only the days not counted yet.
 */
@ApplicationScoped
class DashboardDayCounts implements ScheduledJob {

    @Inject
    private AccessDayCounter counter;

    @Override
    public String name() {
        return "audit.dashboard-day-counts";
    }

    @Override
    public Schedule schedule() {
        return Schedule.daily(LocalTime.of(0, 15));
    }

    @Override
    public JobResult run(Instant scheduledFor, JobProgress progress) {
        int days = counter.countRecentDays();
        return new JobResult(days, days + " days counted");
    }
}
