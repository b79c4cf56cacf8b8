package dev.pims.store;

import dev.pims.store.StoreSchema.Outcome;
import dev.pims.store.StoreSchema.Store;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings both stores to the current schema before anything else runs. The schema comes only from the modules'
 * migrations ({@link StoreSchema}), never from JPA; a migration that fails stops the deployment, so PIMS never runs on
 * a half-migrated database.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/pims")
    private DataSource operational;

    @Resource(lookup = "jdbc/pims-separated")
    private DataSource separated;

    @PostConstruct
    void migrate() {
        StoreSchema schema = new StoreSchema(getClass().getClassLoader());
        tell(Store.OPERATIONAL, schema.migrate(Store.OPERATIONAL, operational));
        tell(Store.SEPARATED, schema.migrate(Store.SEPARATED, separated));
    }

    /** Flyway tells what it did for each module; a store it was not asked about says so once. */
    private static void tell(Store store, Outcome outcome) {
        if (outcome == Outcome.UNCHANGED) {
            LOG.info(() -> "The " + store.name().toLowerCase(Locale.ROOT) + " store was last migrated by these very"
                    + " modules: its schema is up to date, no module's history was read.");
        }
    }
}
