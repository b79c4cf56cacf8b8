package dev.pims.membership.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key of the bad-use hashes ({@link BadUseFingerprints}). It comes from MicroProfile Config
 * {@code pims.bad-use.hmac-key} (base64, at least 32 bytes), for a production server whose secrets are given to it.
 * Without it, from the file {@code pims.bad-use.hmac-key-file}, by default {@code bad-use-hmac.key} in the data dir: the
 * directory {@code ./pims start --data DIR} gives Payara as {@code derby.system.home} (server-config/README.md), or,
 * when that is not set, {@code java.io.tmpdir} (which ./pims also keeps under the data dir). A missing file is created
 * on first use with 32 random bytes, in base64, readable and writable by its owner only, so the key lives and is backed
 * up with the databases whose hashes it made; a key lost or changed makes every stored hash unmatchable. One key only:
 * a key ring that lets the key be rotated comes with a later issue.
 */
@ApplicationScoped
class BadUseKey {

    static final String FILE_NAME = "bad-use-hmac.key";
    private static final int NEW_KEY_BYTES = 32;

    @Inject
    @ConfigProperty(name = "pims.bad-use.hmac-key")
    private Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "pims.bad-use.hmac-key-file")
    private Optional<String> configuredFile;

    private BadUseFingerprints fingerprints;

    synchronized BadUseFingerprints fingerprints() {
        if (fingerprints == null) {
            byte[] key = configuredKey
                    .filter(value -> !value.isBlank())
                    .map(BadUseKey::decoded)
                    .orElseGet(() -> readOrCreate(configuredFile.map(Path::of).orElseGet(BadUseKey::defaultFile)));
            fingerprints = new BadUseFingerprints(key);
        }
        return fingerprints;
    }

    static Path defaultFile() {
        String dataDir = System.getProperty("derby.system.home", System.getProperty("java.io.tmpdir"));
        return Path.of(dataDir, FILE_NAME);
    }

    static byte[] decoded(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("The bad-use HMAC key is not base64", notBase64);
        }
        if (key.length < BadUseFingerprints.KEY_MIN_BYTES) {
            throw new IllegalStateException("The bad-use HMAC key has " + key.length + " bytes; it needs at least "
                    + BadUseFingerprints.KEY_MIN_BYTES);
        }
        return key;
    }

    /** The key in the file, the file first created with a new random key if there is none. */
    static byte[] readOrCreate(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            return decoded(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not read or create the bad-use HMAC key file " + file, failure);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[NEW_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // Written whole under another name and then moved, so that nobody ever reads half a key.
        Path partial = Files.createTempFile(directory, FILE_NAME, ".new");
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(partial, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            Files.createLink(file, partial);
        } catch (FileAlreadyExistsException another) {
            // Another instance created it first: its key is the one.
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
