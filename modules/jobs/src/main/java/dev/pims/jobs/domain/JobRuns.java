package dev.pims.jobs.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Where the ledger's rows go. */
public interface JobRuns {

    /** Inserts the run at once (flushes), so that a second claim of the same run fails here. */
    void claim(JobRun run);

    Optional<JobRun> find(long id);

    /** The latest scheduled time the ledger has for the job, if any. */
    Optional<LocalDateTime> latestScheduledFor(String jobName);

    List<JobRun> latest(String jobName, int max);
}
