package dev.pims.notices;

/**
 * A recorded transfer with how many members were mailed about it so far, for the privacy officer's page: a count,
 * naming nobody.
 */
public record TransferSummary(TransferNotice transfer, long mailed) {}
