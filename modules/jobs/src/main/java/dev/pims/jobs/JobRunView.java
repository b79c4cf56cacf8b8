package dev.pims.jobs;

import java.time.LocalDateTime;

/** One row of the job-run ledger, for pages. Times are UTC; {@code endedAt} is null while the run is RUNNING. */
public record JobRunView(
        String jobName,
        LocalDateTime scheduledFor,
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        JobOutcome outcome,
        long count,
        String summary) {}
