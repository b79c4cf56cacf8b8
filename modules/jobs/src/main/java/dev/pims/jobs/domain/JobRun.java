package dev.pims.jobs.domain;

import dev.pims.jobs.JobOutcome;
import dev.pims.jobs.JobRunView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One scheduled run of a job: claimed by inserting it (unique per job and scheduled time, so two instances never run
 * the same run), ended with its outcome. The ledger that lets a restarted instance see what it missed.
 */
@Entity
@Table(name = "JOB_RUN")
@NamedQuery(
        name = "JobRun.latestOf",
        query = "SELECT r FROM JobRun r WHERE r.jobName = :job ORDER BY r.scheduledFor DESC")
public class JobRun {

    private static final int SUMMARY_LIMIT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "JOB_NAME", nullable = false, updatable = false, length = 100)
    private String jobName;

    @Column(name = "SCHEDULED_FOR", nullable = false, updatable = false)
    private LocalDateTime scheduledFor;

    @Column(name = "STARTED_AT", nullable = false, updatable = false)
    private LocalDateTime startedAt;

    @Column(name = "ENDED_AT")
    private LocalDateTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", nullable = false, length = 10)
    private JobOutcome outcome;

    @Column(name = "ITEM_COUNT", nullable = false)
    private long count;

    @Column(name = "SUMMARY", length = 500)
    private String summary;

    protected JobRun() {}

    public JobRun(String jobName, LocalDateTime scheduledFor, LocalDateTime startedAt) {
        this.jobName = jobName;
        this.scheduledFor = scheduledFor;
        this.startedAt = startedAt;
        this.outcome = JobOutcome.RUNNING;
    }

    public void end(LocalDateTime at, JobOutcome how, long itemCount, String text) {
        this.endedAt = at;
        this.outcome = how;
        this.count = itemCount;
        this.summary = text == null || text.length() <= SUMMARY_LIMIT ? text : text.substring(0, SUMMARY_LIMIT);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getScheduledFor() {
        return scheduledFor;
    }

    /** The run as pages read it. */
    public JobRunView toView() {
        return new JobRunView(jobName, scheduledFor, startedAt, endedAt, outcome, count, summary);
    }
}
