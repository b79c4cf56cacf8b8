package dev.pims.keyring;

import java.nio.file.Path;

/**
 * The key ring's data keys as a backup carries them beside the stores (policy §7A): wrapped by the master key, with the
 * master key's fingerprint, never the master key itself, which stays outside the data (a restore needs it from where
 * the original server had it).
 */
public interface WrappedKeysExport {

    /** Writes every data key, wrapped, into this file (properties, owner-only). */
    void writeTo(Path file);
}
