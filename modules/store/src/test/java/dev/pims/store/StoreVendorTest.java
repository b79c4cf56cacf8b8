package dev.pims.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.store.StoreSchema.Store;
import org.junit.jupiter.api.Test;

/** Which scripts a store gets and which forms of the differing statements, by the product its JDBC driver names. */
class StoreVendorTest {

    @Test
    void derbyKeepsTheScriptsEveryStoreWasMadeWith() {
        assertThat(StoreVendor.of("Apache Derby")).isEqualTo(StoreVendor.DERBY);
        assertThat(StoreSchema.location(StoreVendor.DERBY, Store.OPERATIONAL, "audit"))
                .isEqualTo("classpath:db/operational/audit");
        assertThat(StoreSchema.location(StoreVendor.DERBY, Store.SEPARATED, "membership"))
                .isEqualTo("classpath:db/separated/membership");
    }

    @Test
    void postgresqlHasItsOwnRootOutsideEveryDerbyLocation() {
        assertThat(StoreVendor.of("PostgreSQL")).isEqualTo(StoreVendor.POSTGRESQL);
        String location = StoreSchema.location(StoreVendor.POSTGRESQL, Store.OPERATIONAL, "audit");
        assertThat(location).isEqualTo("classpath:db/postgresql/operational/audit");
        // Flyway scans a location recursively: no Derby location may contain PostgreSQL's scripts.
        assertThat(location).doesNotStartWith("classpath:db/operational/").doesNotStartWith("classpath:db/separated/");
    }

    @Test
    void aProductWithoutScriptsIsRefusedByName() {
        assertThatThrownBy(() -> StoreVendor.of("H2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("H2");
    }

    @Test
    void aSequenceIsReadByEachProductsOwnQuery() {
        assertThat(StoreVendor.DERBY.nextValueOf("ACCESS_RECORD_SEQ"))
                .isEqualTo("VALUES NEXT VALUE FOR ACCESS_RECORD_SEQ");
        assertThat(StoreVendor.POSTGRESQL.nextValueOf("ACCESS_RECORD_SEQ"))
                .isEqualTo("SELECT nextval('ACCESS_RECORD_SEQ')");
    }

    @Test
    void derbyNamesTheColumnItLocksForAndPostgresqlLocksTheRow() {
        assertThat(StoreVendor.DERBY.forUpdateOf("LAST_POSITION")).isEqualTo(" FOR UPDATE OF LAST_POSITION");
        assertThat(StoreVendor.POSTGRESQL.forUpdateOf("LAST_POSITION")).isEqualTo(" FOR UPDATE");
    }

    @Test
    void onlyPostgresqlSkipsATakenKeyInTheInsertItself() {
        assertThat(StoreVendor.DERBY.skippingATakenKey()).isEmpty();
        assertThat(StoreVendor.POSTGRESQL.skippingATakenKey()).isEqualTo(" ON CONFLICT DO NOTHING");
    }

    @Test
    void anApplicationRoleMustBeAPlainNameForItGoesIntoTheScripts() {
        assertThatThrownBy(() -> new StoreSchema(getClass().getClassLoader(), "pims; DROP TABLE X"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new StoreSchema(getClass().getClassLoader(), "pims_app")).isNotNull();
    }
}
