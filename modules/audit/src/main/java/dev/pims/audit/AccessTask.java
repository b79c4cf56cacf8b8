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
    DESTROY,
    /** A dormant member's data moved from the operational store to the separated store's dormant area (policy §4C). */
    SEPARATE,
    /** A dormant member's data moved back to the operational store when the member came back (policy §4C). */
    RESTORE,
    /** A member's data provided to a third party (policy §3): a partner with the member's consent, or as the law asks. */
    PROVIDE
}
