package dev.pims.backup.internal;

import dev.pims.backup.domain.StoreBackup;
import dev.pims.store.StoreSchema.Store;
import dev.pims.store.StoreVendor;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * A store's backup taken while the server works on it, by the product's own means, on a connection outside any
 * transaction. Derby: its online backup ({@code SYSCS_BACKUP_DATABASE}), a transactionally consistent copy of the
 * database, data and log, in the folder of the database's name below the target. PostgreSQL: {@code pg_dump} of the
 * store's database ({@link PgDump}), a consistent snapshot in PostgreSQL's custom format, {@code <store>.dump} below
 * the target; {@code ./pims restore} puts back Derby's backups only.
 */
@ApplicationScoped
public class OnlineStoreBackup implements StoreBackup {

    @Resource(lookup = "jdbc/pims")
    private DataSource operational;

    @Resource(lookup = "jdbc/pims-separated")
    private DataSource separated;

    @Override
    public void backUp(Store store, Path into) {
        DataSource dataSource = store == Store.SEPARATED ? separated : operational;
        try (Connection connection = dataSource.getConnection()) {
            backUp(connection, store, into);
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not back up the " + store + " store into " + into, failure);
        }
    }

    /** The backup itself, on a connection to the store: public for the tests' fixtures, which take one on PostgreSQL. */
    public static void backUp(Connection connection, Store store, Path into) throws SQLException {
        switch (StoreVendor.of(connection)) {
            case DERBY -> {
                try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                    backup.setString(1, into.toString());
                    backup.execute();
                }
            }
            case POSTGRESQL -> {
                DatabaseMetaData database = connection.getMetaData();
                PgDump.of(database.getURL(), database.getUserName())
                        .write(into.resolve(store.name().toLowerCase(Locale.ROOT) + PgDump.SUFFIX));
            }
        }
    }
}
