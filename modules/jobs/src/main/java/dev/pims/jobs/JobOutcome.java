package dev.pims.jobs;

/** How a run of a job ended; RUNNING until it ends (and for ever, if the server died during the run). */
public enum JobOutcome {
    RUNNING,
    SUCCEEDED,
    FAILED
}
