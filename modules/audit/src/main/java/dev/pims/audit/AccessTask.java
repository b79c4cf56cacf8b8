package dev.pims.audit;

/** The task of a personal-data access, as the Korean access-record practice names it. */
public enum AccessTask {
    VIEW,
    SEARCH,
    INPUT,
    MODIFY,
    DELETE,
    PRINT,
    DOWNLOAD
}
