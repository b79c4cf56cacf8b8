package dev.pims.jobs;

/**
 * How a run of a job ended; RUNNING until it ends. A RUNNING run whose lease expired (the server died) and a FAILED
 * run are run again, up to the maximum of attempts.
 */
public enum JobOutcome {
    RUNNING,
    SUCCEEDED,
    FAILED
}
