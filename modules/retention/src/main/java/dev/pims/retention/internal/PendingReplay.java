package dev.pims.retention.internal;

import dev.pims.store.DataDir;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * What {@code ./pims restore} left for the next start ({@link DataDir#pendingReplay}): the lines the destruction journal
 * gained after the restored backup was taken. The engine destroys by them before anything else, and the replay is done
 * once a run of the engine has succeeded with them.
 */
@ApplicationScoped
class PendingReplay {

    boolean isPending() {
        return Files.exists(DataDir.pendingReplay());
    }

    /** The latest threshold of each rule in the pending lines; empty when no restore is pending. */
    Map<String, LocalDateTime> thresholds() {
        Path pending = DataDir.pendingReplay();
        try {
            return Files.exists(pending) ? DestructionJournal.latestThresholds(Files.readString(pending)) : Map.of();
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not read the pending replay " + pending, failed);
        }
    }

    void done() {
        try {
            Files.deleteIfExists(DataDir.pendingReplay());
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not remove the replayed " + DataDir.pendingReplay(), failed);
        }
    }
}
