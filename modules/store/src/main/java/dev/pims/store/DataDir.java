package dev.pims.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The data dir of a server ({@code ./pims start --data DIR}, given to Payara as {@code derby.system.home}) and the
 * files of backups and restores in it (policy §7A), named once here; {@code ./pims backup} and {@code ./pims restore}
 * use the same names. The backups live in {@value #BACKUPS} (a mount or a link to another disk keeps them, and the
 * journals, when the data dir's disk is lost), the destruction and withdrawal journals beside them, and the replays a
 * restore leaves for the next start in the data dir itself.
 */
public final class DataDir {

    static final String BACKUPS = "backups";
    static final String DESTRUCTION_JOURNAL = "destruction-journal.log";
    static final String PENDING_REPLAY = "restore-replay.log";
    static final String WITHDRAWAL_JOURNAL = "withdrawal-journal.log";
    static final String PENDING_WITHDRAWALS = "restore-withdrawals.log";

    private DataDir() {}

    /** The data dir: {@code derby.system.home}, or {@code java.io.tmpdir} when that is not set. */
    public static Path path() {
        return Path.of(System.getProperty("derby.system.home", System.getProperty("java.io.tmpdir")));
    }

    /** The directory of the backups. */
    public static Path backups() {
        return path().resolve(BACKUPS);
    }

    /**
     * The destruction journal: the retention engine's intentions, one line per rule and run, written before the run
     * destroys anything, so that a restore can destroy again what was destroyed after its backup.
     */
    public static Path destructionJournal() {
        return backups().resolve(DESTRUCTION_JOURNAL);
    }

    /** The part of the journal a restore left for the next start to replay before it serves. */
    public static Path pendingReplay() {
        return path().resolve(PENDING_REPLAY);
    }

    /**
     * The withdrawal journal: one line per withdrawal, written in its transaction before it commits, so that a restore
     * can withdraw again whoever withdrew after its backup.
     */
    public static Path withdrawalJournal() {
        return backups().resolve(WITHDRAWAL_JOURNAL);
    }

    /** The withdrawal journal's lines a restore left for the next start to replay before it serves. */
    public static Path pendingWithdrawals() {
        return path().resolve(PENDING_WITHDRAWALS);
    }

    /**
     * Appends a line to a journal, forced to the disk before it returns: a journal's line must outlive a crash that
     * comes after the change it journals.
     */
    public static void appendForced(Path journal, String line) throws IOException {
        Files.createDirectories(journal.getParent());
        try (FileChannel channel = FileChannel.open(
                journal, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
    }
}
