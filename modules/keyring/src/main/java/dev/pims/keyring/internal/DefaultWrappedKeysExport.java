package dev.pims.keyring.internal;

import dev.pims.keyring.KeyRingException;
import dev.pims.keyring.WrappedKeysExport;
import dev.pims.keyring.domain.DataKeys;
import dev.pims.keyring.domain.WrappedDataKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Each data key as three properties: {@code key.<id>.wrapped}, {@code key.<id>.master-key}, {@code key.<id>.created}. */
@ApplicationScoped
class DefaultWrappedKeysExport implements WrappedKeysExport {

    @Inject
    private DataKeys dataKeys;

    @Override
    public void writeTo(Path file) {
        StringBuilder text =
                new StringBuilder("# The key ring's data keys, wrapped by the master key named by its id\n");
        for (WrappedDataKey key : dataKeys.all()) {
            String prefix = "key." + key.id() + ".";
            text.append(prefix).append("wrapped=").append(key.wrappedKey()).append('\n');
            text.append(prefix).append("master-key=").append(key.masterKeyId()).append('\n');
            text.append(prefix).append("created=").append(key.createdAt()).append('\n');
        }
        try {
            Files.writeString(
                    Files.createFile(
                            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                    text);
        } catch (IOException failed) {
            throw new KeyRingException("Could not write the wrapped data keys to " + file, failed);
        }
    }
}
