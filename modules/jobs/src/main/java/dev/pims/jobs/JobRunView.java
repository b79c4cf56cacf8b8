package dev.pims.jobs;

import java.time.LocalDateTime;

/**
 * One row of the job-run ledger, for pages. Times are UTC; {@code endedAt} is null while the run is RUNNING;
 * {@code attempts} counts the runs of this scheduled time (more than one after a retry or a takeover).
 */
public record JobRunView(
        String jobName,
        LocalDateTime scheduledFor,
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        JobOutcome outcome,
        long count,
        String summary,
        int attempts) {}
