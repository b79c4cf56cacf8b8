package dev.pims.backup.domain;

import dev.pims.store.StoreSchema.Store;
import java.nio.file.Path;

/** The online backup of one store, taken while the server works on it. */
public interface StoreBackup {

    /** Writes a consistent copy of the store into a directory of its name below {@code into}. */
    void backUp(Store store, Path into);
}
