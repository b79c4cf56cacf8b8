package dev.pims.inspection.internal;

import dev.pims.inspection.InspectionRefusal;
import dev.pims.jobs.JobProgress;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.Schedule;
import dev.pims.jobs.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;

/**
 * Inspects the previous month on the 1st of each month at 01:30 UTC (safety-measures standard Art. 8: at least
 * monthly), through the job-run ledger, which runs a 1st missed during a downtime once the server is back. The
 * inspection is idempotent for its scheduled time, as the ledger asks: if an auditor or an earlier attempt was
 * quicker, the job finds the report made.
 */
@ApplicationScoped
class MonthlyInspection implements ScheduledJob {

    static final String NAME = "inspection.monthly";

    @Inject
    private SystemInspection inspection;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return Schedule.monthly(1, LocalTime.of(1, 30));
    }

    /** The month before the scheduled time, in the inspection's zone: a caught-up run still inspects its own month. */
    @Override
    public JobResult run(Instant scheduledFor, JobProgress progress) {
        YearMonth month = YearMonth.from(
                        scheduledFor.atZone(InspectionSettings.fromConfig().zone()))
                .minusMonths(1);
        try {
            int flags = inspection.inspect(month);
            return new JobResult(flags, "Report of " + month + " ready: " + flags + " flags");
        } catch (InspectionRefusal refusal) {
            return new JobResult(0, "Report of " + month + " not made: " + refusal.reason());
        }
    }
}
