package dev.pims.keyring.internal;

import dev.pims.keyring.domain.WrappedDataKey;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** A new data key, wrapped by the master key, with the id after the newest stored. */
public final class DataKeyCreation {

    private DataKeyCreation() {}

    public static WrappedDataKey next(List<WrappedDataKey> stored, MasterKey master, Clock clock) {
        int id = stored.stream().mapToInt(WrappedDataKey::id).max().orElse(0) + 1;
        return new WrappedDataKey(id, master.wrap(id, Aes256Gcm.newKey()), master.id(), LocalDateTime.now(clock));
    }
}
