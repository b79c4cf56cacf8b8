package dev.pims.store;

import dev.pims.store.StoreSchema.Store;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
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

    @Resource(lookup = "jdbc/pims")
    private DataSource operational;

    @Resource(lookup = "jdbc/pims-separated")
    private DataSource separated;

    @PostConstruct
    void migrate() {
        StoreSchema schema = new StoreSchema(getClass().getClassLoader());
        schema.migrate(Store.OPERATIONAL, operational);
        schema.migrate(Store.SEPARATED, separated);
    }
}
