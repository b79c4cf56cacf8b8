package dev.pims.jobs;

/**
 * What one run of a job did, as the ledger keeps it.
 *
 * @param count   how many items the run handled (records verified, records destroyed, ...)
 * @param summary one line for the people who read the ledger, at most 500 characters kept
 */
public record JobResult(long count, String summary) {}
