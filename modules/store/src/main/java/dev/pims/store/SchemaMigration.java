package dev.pims.store;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings both stores to the current schema before anything else runs. The schema comes only from these
 * migrations, never from JPA; a migration that fails stops the deployment, so PIMS never runs on a half-migrated
 * database.
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
        migrate(operational, "classpath:db/operational");
        migrate(separated, "classpath:db/separated");
    }

    private void migrate(DataSource store, String location) {
        Flyway.configure(getClass().getClassLoader())
                .dataSource(store)
                .locations(location)
                .load()
                .migrate();
    }
}
