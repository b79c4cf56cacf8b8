package dev.pims.backup.internal;

import dev.pims.backup.BackupJob;
import dev.pims.backup.domain.BackupFolders;
import dev.pims.backup.domain.StoreBackup;
import dev.pims.jobs.JobProgress;
import dev.pims.jobs.JobResult;
import dev.pims.jobs.Schedule;
import dev.pims.jobs.ScheduledJob;
import dev.pims.keyring.WrappedKeysExport;
import dev.pims.store.DataDir;
import dev.pims.store.StoreSchema.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Properties;

/**
 * Backs up both stores every day at 03:00 UTC, an hour before the retention engine, into {@link DataDir#backups}, and
 * keeps the newest {@value #KEEP_PROPERTY} (7 unless set): each store's online backup ({@link OnlineStoreBackup}:
 * Derby's, or PostgreSQL's {@code pg_dump}), the key ring's wrapped data keys, and the destruction journal's length when
 * it began, from which a restore replays. Idempotent for its
 * scheduled time: a run finds its complete backup and is done, or throws away what a crashed attempt left and begins
 * again.
 */
@ApplicationScoped
class DailyBackup implements ScheduledJob {

    static final String KEEP_PROPERTY = "pims.backup.keep";
    private static final int DEFAULT_KEEP = 7;

    @Inject
    private StoreBackup stores;

    @Inject
    private WrappedKeysExport keys;

    @Inject
    private Clock clock;

    @Override
    public String name() {
        return BackupJob.NAME;
    }

    @Override
    public Schedule schedule() {
        return Schedule.daily(LocalTime.of(3, 0));
    }

    /** A day missed cannot be backed up afterwards: after a downtime, one backup of now is what there is to take. */
    @Override
    public boolean catchesUpLatestOnly() {
        return true;
    }

    @Override
    public JobResult run(Instant scheduledFor, JobProgress progress) {
        BackupFolders folders = new BackupFolders(DataDir.backups());
        Path complete = folders.completeFor(scheduledFor);
        if (folders.isComplete(complete)) {
            return new JobResult(0, "Backup " + complete + " was complete already");
        }
        Path partial = folders.startPartial(scheduledFor);
        Properties description = new Properties();
        description.setProperty("taken-at", clock.instant().toString());
        description.setProperty(BackupFolders.JOURNAL_LENGTH, Long.toString(journalLength()));
        progress.expect(Store.values().length);
        for (Store store : Store.values()) {
            stores.backUp(store, partial);
            progress.advance(1);
        }
        keys.writeTo(partial.resolve(BackupFolders.WRAPPED_KEYS));
        folders.complete(partial, description, complete);
        int removed = folders.prune(Math.max(1, Integer.getInteger(KEEP_PROPERTY, DEFAULT_KEEP)));
        return new JobResult(1, "Backup " + complete + " taken; " + removed + " older removed");
    }

    private static long journalLength() {
        Path journal = DataDir.destructionJournal();
        try {
            return Files.exists(journal) ? Files.size(journal) : 0;
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not read the length of " + journal, failed);
        }
    }
}
