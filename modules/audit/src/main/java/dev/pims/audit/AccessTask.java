package dev.pims.audit;

/** The task of a personal-data access, as the Korean access-record practice names it. */
public enum AccessTask {
    VIEW,
    SEARCH,
    INPUT,
    MODIFY,
    DELETE,
    PRINT,
    DOWNLOAD,
    /** Destruction of records whose retention period has ended (policy §6), by the retention engine. */
    DESTROY
}
