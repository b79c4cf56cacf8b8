package dev.pims.backup.internal;

import dev.pims.backup.domain.StoreBackup;
import dev.pims.store.StoreSchema.Store;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Derby's online backup ({@code SYSCS_BACKUP_DATABASE}): a transactionally consistent copy of the database, data and
 * log, while others go on reading and writing; the copy is the folder of the database's name below the target. On a
 * connection outside any transaction, as the procedure asks.
 */
@ApplicationScoped
class DerbyStoreBackup implements StoreBackup {

    @Resource(lookup = "jdbc/pims")
    private DataSource operational;

    @Resource(lookup = "jdbc/pims-separated")
    private DataSource separated;

    @Override
    public void backUp(Store store, Path into) {
        DataSource dataSource = store == Store.SEPARATED ? separated : operational;
        try (Connection connection = dataSource.getConnection();
                CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, into.toString());
            backup.execute();
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not back up the " + store + " store into " + into, failure);
        }
    }
}
