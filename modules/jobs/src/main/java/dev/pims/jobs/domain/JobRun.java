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
 * One scheduled run of a job: claimed by inserting it (unique per job and scheduled time, so two instances never claim
 * the same run), held by its runner's lease while it runs, ended with its outcome. A FAILED run, or a RUNNING one whose
 * lease expired, is taken over by a conditional update (next attempt) that only one runner can win. The ledger that
 * lets a restarted instance see what it missed.
 */
@Entity
@Table(name = "JOB_RUN")
@NamedQuery(
        name = "JobRun.latestOf",
        query = "SELECT r FROM JobRun r WHERE r.jobName = :job ORDER BY r.scheduledFor DESC")
@NamedQuery(
        name = "JobRun.latestScheduledForUpTo",
        query = "SELECT MAX(r.scheduledFor) FROM JobRun r WHERE r.jobName = :job AND r.scheduledFor <= :upTo")
@NamedQuery(
        name = "JobRun.unfinishedOf",
        query = "SELECT r FROM JobRun r WHERE r.jobName = :job AND r.outcome <> :succeeded"
                + " AND r.attempts < :maxAttempts ORDER BY r.scheduledFor")
@NamedQuery(
        name = "JobRun.takeOver",
        query = "UPDATE JobRun r SET r.outcome = :running, r.attempts = r.attempts + 1, r.claimedBy = :by,"
                + " r.leaseUntil = :leaseUntil, r.startedAt = :now, r.endedAt = NULL, r.count = 0, r.summary = NULL"
                + " WHERE r.id = :id AND r.attempts = :attempts AND (r.outcome = :failed"
                + " OR (r.outcome = :running AND (r.leaseUntil IS NULL OR r.leaseUntil < :now)))")
@NamedQuery(
        name = "JobRun.abandon",
        query = "UPDATE JobRun r SET r.outcome = :failed, r.endedAt = :now, r.leaseUntil = NULL, r.summary = :summary"
                + " WHERE r.jobName = :job AND r.outcome = :running AND r.attempts >= :maxAttempts"
                + " AND (r.leaseUntil IS NULL OR r.leaseUntil < :now)")
@NamedQuery(
        name = "JobRun.renew",
        query = "UPDATE JobRun r SET r.leaseUntil = :leaseUntil, r.count = :count"
                + " WHERE r.id = :id AND r.attempts = :attempts AND r.claimedBy = :by AND r.outcome = :running")
@NamedQuery(
        name = "JobRun.expect",
        query = "UPDATE JobRun r SET r.expected = :expected"
                + " WHERE r.id = :id AND r.attempts = :attempts AND r.claimedBy = :by AND r.outcome = :running")
@NamedQuery(
        name = "JobRun.end",
        query = "UPDATE JobRun r SET r.outcome = :outcome, r.endedAt = :endedAt, r.count = :count,"
                + " r.summary = :summary, r.leaseUntil = NULL"
                + " WHERE r.id = :id AND r.attempts = :attempts AND r.claimedBy = :by AND r.outcome = :running")
public class JobRun {

    /** The most of a summary the ledger keeps. */
    public static final int SUMMARY_LIMIT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "JOB_NAME", nullable = false, updatable = false, length = 100)
    private String jobName;

    @Column(name = "SCHEDULED_FOR", nullable = false, updatable = false)
    private LocalDateTime scheduledFor;

    @Column(name = "STARTED_AT", nullable = false)
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

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "EXPECTED")
    private Long expected;

    @Column(name = "CLAIMED_BY", length = 64)
    private String claimedBy;

    @Column(name = "LEASE_UNTIL")
    private LocalDateTime leaseUntil;

    protected JobRun() {}

    /** A run claimed now by a runner, its first attempt, held until the lease ends. */
    public JobRun(
            String jobName,
            LocalDateTime scheduledFor,
            LocalDateTime startedAt,
            String claimedBy,
            LocalDateTime leaseUntil) {
        this.jobName = jobName;
        this.scheduledFor = scheduledFor;
        this.startedAt = startedAt;
        this.outcome = JobOutcome.RUNNING;
        this.attempts = 1;
        this.claimedBy = claimedBy;
        this.leaseUntil = leaseUntil;
    }

    /** A summary cut to what the ledger keeps. */
    public static String kept(String text) {
        return text == null || text.length() <= SUMMARY_LIMIT ? text : text.substring(0, SUMMARY_LIMIT);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getScheduledFor() {
        return scheduledFor;
    }

    public JobOutcome getOutcome() {
        return outcome;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getLeaseUntil() {
        return leaseUntil;
    }

    /** The run as pages read it. */
    public JobRunView toView() {
        return new JobRunView(
                id, jobName, scheduledFor, startedAt, endedAt, outcome, count, expected, summary, attempts);
    }
}
