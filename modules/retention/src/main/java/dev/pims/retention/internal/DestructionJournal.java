package dev.pims.retention.internal;

import dev.pims.store.DataDir;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The destruction ledger's copy outside the stores (policy §7A), beside the backups ({@link DataDir#destructionJournal}),
 * so that it survives the loss of the stores: one line per run and rule, {@code written-at, job run, rule, threshold}
 * (tab-separated, UTC), appended and forced to the disk <em>before</em> the run destroys anything by the rule. A rule
 * destroys exactly what is due before a threshold, so destroying again by the line's threshold destroys what the run
 * destroyed, and a line whose run then crashed asks only for what was due anyway. Never personal data.
 * <p>
 * The job runner never runs two jobs of one server at once, so no destruction is between its line and its commit
 * while the backup job notes the journal's length.
 */
@ApplicationScoped
class DestructionJournal {

    private static final char SEPARATOR = '\t';

    /** Appends the run's intention to destroy the rule's records due before the threshold. */
    synchronized void intend(long jobRunId, String rule, LocalDateTime threshold, LocalDateTime writtenAt) {
        Path journal = DataDir.destructionJournal();
        String line = writtenAt + "" + SEPARATOR + jobRunId + SEPARATOR + rule + SEPARATOR + threshold + "\n";
        try {
            DataDir.appendForced(journal, line);
        } catch (IOException failed) {
            // Without its line, a destruction could come back with a restore: the run fails and is retried instead.
            throw new UncheckedIOException("Could not write the destruction journal " + journal, failed);
        }
    }

    /**
     * The latest threshold of each rule in these journal lines: destroying by it destroys what every line of the rule
     * asked for. A line torn by a crash while it was written (no line end, a field missing or unreadable) asked for
     * nothing: its run had not destroyed anything yet.
     */
    static Map<String, LocalDateTime> latestThresholds(String journalText) {
        Map<String, LocalDateTime> latest = new HashMap<>();
        int end = journalText.lastIndexOf('\n');
        for (String line : journalText.substring(0, end + 1).split("\n")) {
            List<String> fields = List.of(line.split(String.valueOf(SEPARATOR), -1));
            if (fields.size() != 4) {
                continue;
            }
            try {
                LocalDateTime threshold = LocalDateTime.parse(fields.get(3));
                latest.merge(fields.get(2), threshold, (one, other) -> one.isAfter(other) ? one : other);
            } catch (DateTimeParseException torn) {
                // see the method's documentation
            }
        }
        return latest;
    }
}
