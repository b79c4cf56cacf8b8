package dev.pims.backup.internal;

import dev.pims.backup.BackupJob;
import dev.pims.backup.domain.BackupFolders;
import dev.pims.jobs.JobLedger;
import dev.pims.jobs.JobOutcome;
import dev.pims.jobs.JobRunView;
import dev.pims.store.DataDir;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * How {@code ./pims backup} asks the running server for a backup: embedded Derby admits one process, so only the
 * server can take an online backup, and PIMS opens no endpoint beside its pages. The command drops {@code
 * <id>.request} into {@value #REQUESTS} of the backups; every two seconds this starts a run of the backup job for it
 * (on the ledger like the daily one) and marks it {@code <id>.taken} with the run's id, and once the run has ended
 * answers with {@code <id>.done} (the backup's folder) or {@code <id>.failed} (why). Only the data dir's owner can
 * write there.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupRequests {

    static final String REQUESTS = "requests";
    private static final String REQUEST = ".request";
    private static final String TAKEN = ".taken";

    @Inject
    private JobLedger ledger;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "backup requests")
    void answerTheRequests() {
        Path requests = DataDir.backups().resolve(REQUESTS);
        if (!Files.isDirectory(requests)) {
            return;
        }
        for (Path file : files(requests)) {
            String name = file.getFileName().toString();
            if (name.endsWith(REQUEST)) {
                take(file, name.substring(0, name.length() - REQUEST.length()));
            } else if (name.endsWith(TAKEN)) {
                answerWhenEnded(file, name.substring(0, name.length() - TAKEN.length()));
            }
        }
    }

    private void take(Path request, String id) {
        OptionalLong run = ledger.requestRun(BackupJob.NAME);
        if (run.isEmpty()) {
            answer(request, id, ".failed", "A backup is being taken now; ask again when it has ended");
        } else {
            answer(request, id, TAKEN, Long.toString(run.getAsLong()));
        }
    }

    private void answerWhenEnded(Path taken, String id) {
        JobRunView run = ledger.run(Long.parseLong(read(taken).trim())).orElse(null);
        if (run == null) {
            answer(taken, id, ".failed", "The backup's run is not in the ledger");
        } else if (run.outcome() == JobOutcome.SUCCEEDED) {
            Path folder = new BackupFolders(DataDir.backups())
                    .completeFor(run.scheduledFor().toInstant(ZoneOffset.UTC));
            answer(taken, id, ".done", folder.toString());
        } else if (run.outcome() != JobOutcome.RUNNING) {
            answer(taken, id, ".failed", run.summary());
        }
    }

    /** Writes the answer atomically (the command polls for it) and removes what it answers. */
    private static void answer(Path asked, String id, String suffix, String text) {
        try {
            Path written = Files.writeString(asked.resolveSibling(id + suffix + ".tmp"), text + "\n");
            Files.move(written, asked.resolveSibling(id + suffix), StandardCopyOption.ATOMIC_MOVE);
            Files.delete(asked);
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not answer the backup request " + id, failed);
        }
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.toList();
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not read the backup requests in " + directory, failed);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not read " + file, failed);
        }
    }
}
