package dev.pims.store.testing;

import java.sql.DriverManager;

/**
 * The stores of the running PIMS, reached over Derby's network server, which only the test configuration opens (on
 * 127.0.0.1, port {@value #DERBY_PORT}); the Derby client driver must be on the test's class path.
 */
public final class StoreConnections {

    public static final int DERBY_PORT = 1527;

    private StoreConnections() {}

    /** The operational store ({@code jdbc/pims}). */
    public static StoreConnection operational() {
        return overTheNetwork("operational");
    }

    /** The separated store ({@code jdbc/pims-separated}). */
    public static StoreConnection separated() {
        return overTheNetwork("separated");
    }

    private static StoreConnection overTheNetwork(String database) {
        return () -> DriverManager.getConnection("jdbc:derby://127.0.0.1:" + DERBY_PORT + "/" + database);
    }
}
