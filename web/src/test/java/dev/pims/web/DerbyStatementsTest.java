package dev.pims.web;

import dev.pims.store.StoreSchema;
import dev.pims.store.StoreSchema.Store;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeAll;

/** The statements of {@link StatementsOnEitherStore} on embedded Derby, both stores in memory, in every build. */
class DerbyStatementsTest extends StatementsOnEitherStore {

    private static final Map<Store, DataSource> STORES = new EnumMap<>(Store.class);

    @BeforeAll
    static void migrateBothStores() {
        StoreSchema schema = new StoreSchema(DerbyStatementsTest.class.getClassLoader());
        for (Store store : Store.values()) {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName("memory:derby-statements-" + store.name().toLowerCase(Locale.ROOT));
            derby.setCreateDatabase("create");
            schema.migrate(store, derby);
            STORES.put(store, derby);
        }
    }

    @Override
    DataSource operational() {
        return STORES.get(Store.OPERATIONAL);
    }

    @Override
    DataSource separated() {
        return STORES.get(Store.SEPARATED);
    }
}
