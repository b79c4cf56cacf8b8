package dev.pims.keyring.internal;

import dev.pims.keyring.domain.DataKeys;
import dev.pims.keyring.domain.WrappedDataKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./pims keys rotate}, with the server stopped: a new master key, every data key re-wrapped by it and a new data
 * key that seals from now on, in one transaction. Values sealed earlier keep their data key and still open. With the
 * key file, the new key is written to {@code master.key.new} before the transaction and moved over {@code master.key}
 * after it ({@link MasterKeys}: a crash anywhere leaves a store and a key that belong together). With
 * {@code PIMS_MASTER_KEY}, the new key is {@code PIMS_NEW_MASTER_KEY}, which the operator then makes the master key.
 */
final class KeyRotation {

    static final String NEW_ENVIRONMENT = "PIMS_NEW_MASTER_KEY";

    /** What a rotation did, for the operator. */
    record Rotated(int rewrapped, int newDataKeyId, String oldMasterKeyId, String newMasterKeyId) {}

    private final MasterKeys masterKeys;
    private final Optional<String> newConfigured;
    private final DataKeys dataKeys;
    private final Clock clock;

    KeyRotation(MasterKeys masterKeys, Optional<String> newConfigured, DataKeys dataKeys, Clock clock) {
        this.masterKeys = masterKeys;
        this.newConfigured = newConfigured.filter(value -> !value.isBlank());
        this.dataKeys = dataKeys;
        this.clock = clock;
    }

    Rotated rotate() {
        List<WrappedDataKey> stored = dataKeys.all();
        MasterKey current = masterKeys.current(MasterKeys.wrapperOf(stored));
        // Unwrapping every key first proves the current master key before anything is written.
        DataKeyRing ring = stored.isEmpty() ? null : DataKeyRing.unwrapped(stored, current);
        MasterKey next = newMasterKey(current);
        List<WrappedDataKey> rewrapped = ring == null ? List.of() : ring.rewrappedBy(next, stored);
        WrappedDataKey added = DataKeyCreation.next(stored, next, clock);
        dataKeys.rewrapAllAndAdd(rewrapped, added);
        if (!masterKeys.fromEnvironment()) {
            masterKeys.replaceByNewFile();
        }
        return new Rotated(rewrapped.size(), added.id(), current.id(), next.id());
    }

    private MasterKey newMasterKey(MasterKey current) {
        if (!masterKeys.fromEnvironment()) {
            return masterKeys.writeNewFile();
        }
        MasterKey next = MasterKey.decoded(
                newConfigured.orElseThrow(() -> new IllegalStateException(MasterKeys.ENVIRONMENT + " is set, so the new"
                        + " master key must come from " + NEW_ENVIRONMENT + " (base64 of 32 random bytes, e.g."
                        + " openssl rand -base64 32)")),
                NEW_ENVIRONMENT);
        if (next.id().equals(current.id())) {
            throw new IllegalStateException(NEW_ENVIRONMENT + " holds the current master key; give a new one");
        }
        return next;
    }
}
