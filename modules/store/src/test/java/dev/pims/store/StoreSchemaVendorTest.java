package dev.pims.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.store.StoreSchema.Store;
import dev.pims.store.StoreSchema.Vendor;
import org.junit.jupiter.api.Test;

/** Which scripts a store gets, by the product its JDBC driver names. */
class StoreSchemaVendorTest {

    @Test
    void derbyKeepsTheScriptsEveryStoreWasMadeWith() {
        assertThat(Vendor.of("Apache Derby")).isEqualTo(Vendor.DERBY);
        assertThat(Vendor.DERBY.location(Store.OPERATIONAL, "audit")).isEqualTo("classpath:db/operational/audit");
        assertThat(Vendor.DERBY.location(Store.SEPARATED, "membership")).isEqualTo("classpath:db/separated/membership");
    }

    @Test
    void postgresqlHasItsOwnRootOutsideEveryDerbyLocation() {
        assertThat(Vendor.of("PostgreSQL")).isEqualTo(Vendor.POSTGRESQL);
        String location = Vendor.POSTGRESQL.location(Store.OPERATIONAL, "audit");
        assertThat(location).isEqualTo("classpath:db/postgresql/operational/audit");
        // Flyway scans a location recursively: no Derby location may contain PostgreSQL's scripts.
        assertThat(location).doesNotStartWith("classpath:db/operational/").doesNotStartWith("classpath:db/separated/");
    }

    @Test
    void aProductWithoutScriptsIsRefusedByName() {
        assertThatThrownBy(() -> Vendor.of("H2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("H2");
    }

    @Test
    void anApplicationRoleMustBeAPlainNameForItGoesIntoTheScripts() {
        assertThatThrownBy(() -> new StoreSchema(getClass().getClassLoader(), "pims; DROP TABLE X"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new StoreSchema(getClass().getClassLoader(), "pims_app")).isNotNull();
    }
}
