package dev.pims.backup.testing;

import dev.pims.backup.internal.OnlineStoreBackup;
import dev.pims.store.StoreSchema.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A store's backup taken on a store given by its data source, with no server, by the module's own means, as the daily
 * backup takes it: for the tests that prove it on a database product other than the test server's.
 */
public final class BackupOnAStore {

    private BackupOnAStore() {}

    /** Backs the store up into the folder (which must exist); the names of what the backup wrote there. */
    public static List<String> backUp(DataSource store, Store which, Path into) throws SQLException, IOException {
        try (Connection connection = store.getConnection()) {
            OnlineStoreBackup.backUp(connection, which, into);
        }
        try (Stream<Path> written = Files.list(into)) {
            return written.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
