package dev.pims.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The database product a store runs on, told by the product name its JDBC driver reports: embedded Derby (the default)
 * or a PostgreSQL server. Each has its own schema scripts ({@link StoreSchema}); at run time almost every statement of
 * the modules is SQL both take as written, and the few whose form differs take it from here, so that no module guesses
 * the product from a URL or spells a dialect of its own. What differs in behaviour rather than in form (the compaction
 * of destroyed rows, the backups) switches on the vendor once, in the repository that does it.
 */
public enum StoreVendor {
    /** Embedded Derby, the default. */
    DERBY("Apache Derby"),
    /** A PostgreSQL server. */
    POSTGRESQL("PostgreSQL");

    private final String productName;

    StoreVendor(String productName) {
        this.productName = productName;
    }

    /** The vendor of a database by the product name its JDBC driver reports; a product PIMS has no SQL for fails. */
    public static StoreVendor of(String databaseProductName) {
        for (StoreVendor vendor : values()) {
            if (vendor.productName.equals(databaseProductName)) {
                return vendor;
            }
        }
        throw new IllegalStateException("PIMS has no schema scripts nor SQL for " + databaseProductName);
    }

    /** The vendor of the database the connection is to; the driver answers without a round trip. */
    public static StoreVendor of(Connection connection) throws SQLException {
        return of(connection.getMetaData().getDatabaseProductName());
    }

    /** The vendor of the database behind the data source, asked on a connection of its own. */
    public static StoreVendor of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the store is", e);
        }
    }

    /** The query whose one row and column is the next value of the sequence. */
    public String nextValueOf(String sequence) {
        return switch (this) {
            case DERBY -> "VALUES NEXT VALUE FOR " + sequence;
            // An unquoted name in the text is folded to lower case, as the script's CREATE SEQUENCE folded it.
            case POSTGRESQL -> "SELECT nextval('" + sequence + "')";
        };
    }

    /**
     * What a SELECT of one table ends with so that the rows it reads stay locked against other writers until the
     * transaction ends, for an update of {@code column}. Derby's form names the column the transaction goes on to update
     * (the form PIMS has always locked with there); PostgreSQL locks whole rows and takes no column list.
     */
    public String forUpdateOf(String column) {
        return switch (this) {
            case DERBY -> " FOR UPDATE OF " + column;
            case POSTGRESQL -> " FOR UPDATE";
        };
    }

    /**
     * What an INSERT ends with so that a row whose unique key is taken already is left out (zero rows inserted) instead
     * of refused. PostgreSQL needs it where the caller goes on in the same transaction, which a refused statement there
     * aborts; Derby has no such clause and needs none, for a refused statement leaves its transaction going: the caller
     * takes Derby's refusal (SQLState 23505) for "taken".
     */
    public String skippingATakenKey() {
        return switch (this) {
            case DERBY -> "";
            case POSTGRESQL -> " ON CONFLICT DO NOTHING";
        };
    }
}
