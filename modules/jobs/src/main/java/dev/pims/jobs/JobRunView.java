package dev.pims.jobs;

import java.time.LocalDateTime;

/** One row of the job-run ledger, for pages. Times are UTC; {@code endedAt} is null while the run is RUNNING. */
public final class JobRunView {

    private final String jobName;
    private final LocalDateTime scheduledFor;
    private final LocalDateTime startedAt;
    private final LocalDateTime endedAt;
    private final JobOutcome outcome;
    private final long count;
    private final String summary;

    public JobRunView(String jobName, LocalDateTime scheduledFor, LocalDateTime startedAt, LocalDateTime endedAt, JobOutcome outcome, long count, String summary) {
        this.jobName = jobName;
        this.scheduledFor = scheduledFor;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.outcome = outcome;
        this.count = count;
        this.summary = summary;
    }

    public String getJobName() {
        return jobName;
    }

    public LocalDateTime getScheduledFor() {
        return scheduledFor;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public JobOutcome getOutcome() {
        return outcome;
    }

    public long getCount() {
        return count;
    }

    public String getSummary() {
        return summary;
    }
}
