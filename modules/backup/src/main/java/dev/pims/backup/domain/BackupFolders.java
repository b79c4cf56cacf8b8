package dev.pims.backup.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The backups of a data dir, one folder each, named by the scheduled time of the run that took it ({@code
 * pims-backup-20261206T030000Z}), so that names sort by time and a run taken over after a crash finds its own. A backup
 * is written into a {@code .partial} folder and becomes complete, with its description, by one atomic rename: a folder
 * without the suffix is always whole. Owner-only, like the stores.
 */
public final class BackupFolders {

    /** The description of a complete backup: when it was taken, and how long the destruction journal was then. */
    public static final String DESCRIPTION = "backup.properties";
    /** The key ring's wrapped data keys (see {@code keyring.WrappedKeysExport}). */
    public static final String WRAPPED_KEYS = "data-keys.properties";
    /** The description's property: the destruction journal's length in bytes when the backup began. */
    public static final String JOURNAL_LENGTH = "journal-length";

    private static final String PREFIX = "pims-backup-";
    private static final String PARTIAL = ".partial";
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path directory;

    public BackupFolders(Path directory) {
        this.directory = directory;
    }

    /** The folder of the complete backup of this run. */
    public Path completeFor(Instant scheduledFor) {
        return directory.resolve(PREFIX + NAME.format(scheduledFor));
    }

    public boolean isComplete(Path folder) {
        return Files.isRegularFile(folder.resolve(DESCRIPTION));
    }

    /** An empty folder for this run's backup, what an earlier attempt left of it thrown away. */
    public Path startPartial(Instant scheduledFor) {
        Path partial = directory.resolve(completeFor(scheduledFor).getFileName() + PARTIAL);
        try {
            deleteRecursively(partial);
            Files.createDirectories(directory, ownerOnly());
            return Files.createDirectory(partial, ownerOnly());
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not make the backup folder " + partial, failed);
        }
    }

    /** Describes the partial backup and makes it the complete one. */
    public void complete(Path partial, Properties description, Path complete) {
        try {
            try (Writer out = Files.newBufferedWriter(partial.resolve(DESCRIPTION))) {
                description.store(out, "A complete backup of PIMS's stores");
            }
            Files.move(partial, complete, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not complete the backup " + complete, failed);
        }
    }

    /** Every complete backup, oldest first. */
    public List<Path> complete() {
        return folders().filter(this::isComplete).toList();
    }

    /**
     * Removes every complete backup but the newest {@code keep}, and every partial one (a run that failed for good left
     * it; a run in progress is not, as the runner runs one job at a time).
     *
     * @return how many folders it removed
     */
    public int prune(int keep) {
        List<Path> complete = complete();
        List<Path> removed = Stream.concat(
                        complete.subList(0, Math.max(0, complete.size() - keep)).stream(),
                        folders()
                                .filter(folder ->
                                        folder.getFileName().toString().endsWith(PARTIAL)))
                .toList();
        try {
            for (Path folder : removed) {
                deleteRecursively(folder);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not remove an old backup in " + directory, failed);
        }
        return removed.size();
    }

    private Stream<Path> folders() {
        if (!Files.isDirectory(directory)) {
            return Stream.empty();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries
                    .filter(Files::isDirectory)
                    .filter(folder -> folder.getFileName().toString().startsWith(PREFIX))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not list the backups in " + directory, failed);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
