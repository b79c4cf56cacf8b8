package dev.pims.keyring.internal;

import dev.pims.keyring.domain.WrappedDataKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/**
 * Where the master key comes from: {@code PIMS_MASTER_KEY} (base64 of 32 bytes), for a server whose secrets are given
 * to it; otherwise the file {@value #FILE_NAME} in the data dir ({@code derby.system.home}, else {@code java.io.tmpdir},
 * as for the bad-use key), created at the first start, when the store holds no data key yet, with a new random key,
 * readable and writable by its owner only. A key is never made anew while data keys exist: that would lose them.
 *
 * <p>The store tells which key is current: the fingerprint kept with the wrapped data keys. A rotation writes the new
 * key to {@value #NEW_FILE_NAME} first, re-wraps the data keys in one transaction, then moves the new file over the old
 * one; so after a crash the data keys name either the old key (the rotation did not commit: the new file is left over
 * and removed) or the new one (it did: the move is finished here).
 */
public final class MasterKeys {

    public static final String FILE_NAME = "master.key";
    static final String NEW_FILE_NAME = "master.key.new";
    public static final String ENVIRONMENT = "PIMS_MASTER_KEY";

    private final Optional<String> configured;
    private final Path file;

    /**
     * @param configured the key given by the environment or configuration, if any
     * @param dataDir where the key file is when none is given
     */
    public MasterKeys(Optional<String> configured, Path dataDir) {
        this.configured = configured.filter(value -> !value.isBlank());
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** The data dir of a server: {@code derby.system.home}, or {@code java.io.tmpdir} when that is not set. */
    public static Path serverDataDir() {
        return Path.of(System.getProperty("derby.system.home", System.getProperty("java.io.tmpdir")));
    }

    boolean fromEnvironment() {
        return configured.isPresent();
    }

    Path file() {
        return file;
    }

    Path newFile() {
        return file.resolveSibling(NEW_FILE_NAME);
    }

    /** The fingerprint of the master key that wrapped the stored data keys, none if there are none. */
    static Optional<String> wrapperOf(List<WrappedDataKey> stored) {
        List<String> ids =
                stored.stream().map(WrappedDataKey::masterKeyId).distinct().toList();
        if (ids.size() > 1) {
            throw new IllegalStateException("The data keys were wrapped by different master keys " + ids
                    + ": a rotation must re-wrap all of them in one transaction");
        }
        return ids.stream().findFirst();
    }

    /**
     * The current master key: the one that wrapped the stored data keys ({@code wrappedBy}), or, with none stored, the
     * configured key or the key file, created if missing. Finishes or cleans up a rotation that a crash interrupted.
     */
    public MasterKey current(Optional<String> wrappedBy) {
        if (configured.isPresent()) {
            MasterKey key = MasterKey.decoded(configured.get(), ENVIRONMENT);
            if (wrappedBy.isPresent() && !wrappedBy.get().equals(key.id())) {
                throw new IllegalStateException(ENVIRONMENT + " holds master key " + key.id()
                        + ", but the data keys were wrapped by master key " + wrappedBy.get()
                        + "; after ./pims keys rotate, " + ENVIRONMENT + " must be the new key");
            }
            return key;
        }
        try {
            return fromFile(wrappedBy);
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not read or create the master key file " + file, failure);
        }
    }

    private MasterKey fromFile(Optional<String> wrappedBy) throws IOException {
        Path rotated = newFile();
        if (wrappedBy.isPresent() && Files.exists(rotated)) {
            MasterKey next = read(rotated);
            if (next.id().equals(wrappedBy.get())) {
                // The rotation committed and stopped before the move.
                Files.move(rotated, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return next;
            }
        }
        if (Files.notExists(file)) {
            if (wrappedBy.isPresent()) {
                throw new IllegalStateException("There is no master key file " + file + ", but the data keys were"
                        + " wrapped by master key " + wrappedBy.get() + ": put back the file of that key (from the"
                        + " backup of the data dir), or set " + ENVIRONMENT);
            }
            writeAtomically(MasterKey.newKey(), file, false);
        }
        MasterKey key = read(file);
        if (wrappedBy.isPresent() && !wrappedBy.get().equals(key.id())) {
            throw new IllegalStateException("The master key file " + file + " holds master key " + key.id()
                    + ", but the data keys were wrapped by master key " + wrappedBy.get());
        }
        // A rotation that did not commit: its new key never wrapped anything.
        Files.deleteIfExists(rotated);
        return key;
    }

    /** Writes a rotation's new key to {@value #NEW_FILE_NAME}, replacing one a failed rotation left. */
    MasterKey writeNewFile() {
        MasterKey next = MasterKey.newKey();
        try {
            writeAtomically(next, newFile(), true);
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not write the new master key file " + newFile(), failure);
        }
        return next;
    }

    /** After the data keys were re-wrapped: the new key file becomes the master key file. */
    void replaceByNewFile() {
        try {
            Files.move(newFile(), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            throw new UncheckedIOException(
                    "Could not move " + newFile() + " to " + file + "; the next start finishes the move", failure);
        }
    }

    private static MasterKey read(Path keyFile) throws IOException {
        return MasterKey.decoded(Files.readString(keyFile, StandardCharsets.US_ASCII), keyFile.toString());
    }

    /**
     * Written whole under a temporary name, owner-only from its creation, then linked or moved into place, so that
     * nobody ever reads half a key and no other user ever reads it at all.
     */
    private static void writeAtomically(MasterKey key, Path target, boolean replace) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path partial = posix
                ? Files.createTempFile(
                        directory,
                        FILE_NAME,
                        ".partial",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(directory, FILE_NAME, ".partial");
        try {
            Files.writeString(partial, key.base64(), StandardCharsets.US_ASCII);
            if (replace) {
                moveOver(partial, target);
            } else {
                Files.createLink(target, partial);
            }
        } catch (FileAlreadyExistsException another) {
            // Another instance created the first key at the same moment: its key is the one.
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void moveOver(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notHere) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
