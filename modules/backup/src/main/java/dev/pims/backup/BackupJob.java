package dev.pims.backup;

/** The backup job of the job-run ledger, by name: the ledger's and its pages' key. */
public final class BackupJob {

    /** The daily backup, also run when {@code ./pims backup} asks. */
    public static final String NAME = "backup.daily";

    private BackupJob() {}
}
