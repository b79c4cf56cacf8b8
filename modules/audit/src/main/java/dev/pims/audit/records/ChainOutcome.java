package dev.pims.audit.records;

/** What a verification of the access-record chain found. */
public enum ChainOutcome {
    /** Every record from the checkpoint to the head is where it belongs and unchanged. */
    INTACT,
    /** A record was altered, deleted or inserted: the result names the first broken link. */
    BROKEN
}
