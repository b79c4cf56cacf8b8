package dev.pims.retention.domain;

import dev.pims.store.StoreSchema.Store;
import java.util.Collection;

/**
 * Leaves no byte of deleted rows in a store's files (policy §6B): a DELETE only marks rows deleted on their pages, and
 * the transaction log keeps their images until the log file is deleted.
 */
public interface StoreCompaction {

    /**
     * Rewrites the tables without their deleted rows, then has the store start a new transaction log file and
     * checkpoint, which deletes the log files before it. Runs outside any transaction.
     */
    void compact(Store store, Collection<String> tables);
}
