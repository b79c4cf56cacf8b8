package dev.pims.jobs.testing;

import dev.pims.jobs.internal.LedgerEntries;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The job-run ledger as this instance's runner uses it, driven by a test inside the server (an in-container test
 * deploys this package and injects it). {@link JobLedgerStore} writes the ledger's table behind the runner's back
 * instead, as another instance does.
 */
@Dependent
public class LedgerControls {

    /** Who holds the runs these controls claim. */
    public static final String CLAIMED_BY = "test:ledger-controls";

    @Inject
    private LedgerEntries entries;

    /**
     * Claims a run as the runner claims one before it runs the job, in a transaction of its own, with a lease of five
     * minutes.
     *
     * @return the claimed run's id, or empty if the ledger has that run or a later one of the job already
     */
    public OptionalLong claimAsTheRunnerDoes(String jobName, Instant scheduledFor) {
        return entries.claim(jobName, scheduledFor, CLAIMED_BY, Duration.ofMinutes(5));
    }
}
