package dev.pims.inspection;

/** What an inspection flags for the auditor's review (safety-measures standard Art. 8). */
public enum FlagKind {
    /** More distinct data subjects in one day than {@code pims.inspection.bulk-subjects} (default 100). */
    BULK_ACCESS,
    /** Records outside office hours ({@code pims.inspection.office-start} to {@code office-end}) or at a weekend. */
    OFF_HOURS,
    /** A download of personal data: the auditor confirms its reason. */
    DOWNLOAD,
    /** At least {@code pims.inspection.denied-per-day} (default 5) denied attempts in one day. */
    REPEATED_DENIED,
    /** A staff login from an address the person had never logged in from before. */
    NEW_ADDRESS
}
