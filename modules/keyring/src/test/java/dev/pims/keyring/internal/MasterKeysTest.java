package dev.pims.keyring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void theFirstStartCreatesTheKeyFileReadableByItsOwnerOnly() throws Exception {
        MasterKey created = new MasterKeys(Optional.empty(), dataDir).current(Optional.empty());

        Path file = dataDir.resolve("master.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(new MasterKeys(Optional.empty(), dataDir)
                        .current(Optional.of(created.id()))
                        .id())
                .as("the next start reads the same key")
                .isEqualTo(created.id());
        try (var files = Files.list(dataDir)) {
            assertThat(files).as("no partial file left").containsExactly(file);
        }
    }

    @Test
    void aMissingKeyFileIsNeverMadeAnewWhileDataKeysExist() {
        assertThatThrownBy(() -> new MasterKeys(Optional.empty(), dataDir).current(Optional.of("0123456789abcdef")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no master key file")
                .hasMessageContaining("0123456789abcdef");
        assertThat(dataDir.resolve("master.key")).doesNotExist();
    }

    @Test
    void aKeyFileOfAnotherKeyIsRefused() {
        new MasterKeys(Optional.empty(), dataDir).current(Optional.empty());

        assertThatThrownBy(() -> new MasterKeys(Optional.empty(), dataDir).current(Optional.of("0123456789abcdef")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrapped by master key 0123456789abcdef");
    }

    @Test
    void theKeyFromTheEnvironmentMustBeTheOneThatWrappedTheDataKeys() {
        MasterKey given = MasterKey.newKey();
        MasterKeys fromEnvironment = new MasterKeys(Optional.of(given.base64()), dataDir);

        assertThat(fromEnvironment.current(Optional.of(given.id())).id()).isEqualTo(given.id());
        assertThatThrownBy(() ->
                        fromEnvironment.current(Optional.of(MasterKey.newKey().id())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PIMS_MASTER_KEY holds master key " + given.id());
        assertThat(dataDir.resolve("master.key"))
                .as("no file with a key from the environment")
                .doesNotExist();
    }

    @Test
    void aRotationThatDidNotCommitLeavesTheOldKeyAndItsNewFileIsRemoved() {
        MasterKeys keys = new MasterKeys(Optional.empty(), dataDir);
        MasterKey old = keys.current(Optional.empty());
        keys.writeNewFile();

        assertThat(keys.current(Optional.of(old.id())).id()).isEqualTo(old.id());
        assertThat(dataDir.resolve("master.key.new")).doesNotExist();
    }

    @Test
    void aRotationThatCommittedButDidNotMoveItsFileIsFinishedAtTheNextStart() throws Exception {
        MasterKeys keys = new MasterKeys(Optional.empty(), dataDir);
        keys.current(Optional.empty());
        MasterKey next = keys.writeNewFile();

        assertThat(keys.current(Optional.of(next.id())).id()).isEqualTo(next.id());
        assertThat(dataDir.resolve("master.key.new")).doesNotExist();
        assertThat(MasterKey.decoded(Files.readString(dataDir.resolve("master.key")), "the file")
                        .id())
                .isEqualTo(next.id());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("master.key"))))
                .isEqualTo("rw-------");
    }
}
