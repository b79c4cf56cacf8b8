package dev.pims.backup.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupFoldersTest {

    private static final Instant FIRST = Instant.parse("2026-12-01T03:00:00Z");

    @TempDir
    Path backups;

    @Test
    void aBackupIsCompleteOnlyOnceItIsDescribedAndRenamed() throws Exception {
        BackupFolders folders = new BackupFolders(backups);
        Path partial = folders.startPartial(FIRST);
        Files.writeString(partial.resolve("half"), "written before a crash");

        assertThat(folders.complete()).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(partial)))
                .isEqualTo("rwx------");

        Path again = folders.startPartial(FIRST);
        assertThat(again).as("an attempt after a crash begins afresh").isEmptyDirectory();
        folders.complete(again, new Properties(), folders.completeFor(FIRST));

        assertThat(folders.complete()).containsExactly(backups.resolve("pims-backup-20261201T030000Z"));
        assertThat(folders.isComplete(folders.completeFor(FIRST))).isTrue();
    }

    @Test
    void pruningKeepsTheNewestAndRemovesWhatFailedRunsLeft() {
        BackupFolders folders = new BackupFolders(backups);
        for (int day = 0; day < 9; day++) {
            Instant time = FIRST.plusSeconds(86_400L * day);
            folders.complete(folders.startPartial(time), new Properties(), folders.completeFor(time));
        }
        folders.startPartial(FIRST.plusSeconds(86_400L * 20));

        assertThat(folders.prune(7)).isEqualTo(3);

        assertThat(folders.complete())
                .hasSize(7)
                .first()
                .isEqualTo(folders.completeFor(FIRST.plusSeconds(86_400L * 2)));
        assertThat(backups).isDirectoryNotContaining("glob:**.partial");
    }
}
