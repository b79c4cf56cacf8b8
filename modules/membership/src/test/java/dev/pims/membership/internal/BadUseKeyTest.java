package dev.pims.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad-use key: a configured one is checked; a missing key file is made once, for its owner only, and kept. */
class BadUseKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void aMissingKeyFileIsCreatedWith32RandomBytesReadableByItsOwnerOnly() throws Exception {
        Path file = dataDir.resolve("keys").resolve(BadUseKey.FILE_NAME);

        byte[] key = BadUseKey.readOrCreate(file);

        assertThat(key).hasSize(32);
        assertThat(Base64.getDecoder().decode(Files.readString(file))).isEqualTo(key);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void anExistingKeyFileIsReadNotReplaced() {
        Path file = dataDir.resolve(BadUseKey.FILE_NAME);
        byte[] first = BadUseKey.readOrCreate(file);

        assertThat(BadUseKey.readOrCreate(file)).isEqualTo(first);
    }

    @Test
    void aConfiguredKeyIsBase64OfAtLeast32Bytes() {
        byte[] key = new byte[32];
        key[5] = 7;

        assertThat(BadUseKey.decoded(Base64.getEncoder().encodeToString(key) + "\n"))
                .isEqualTo(key);
        assertThatThrownBy(() -> BadUseKey.decoded(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32");
        assertThatThrownBy(() -> BadUseKey.decoded("not base64!")).isInstanceOf(IllegalStateException.class);
    }
}
