package dev.pims.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The operational store of a stopped PIMS, for a command that {@code ./pims} runs with the server down (embedded Derby
 * admits one JVM): found in the data dir, opened by JDBC, shut down cleanly afterwards; when another process holds the
 * store, the command says so.
 */
public final class OfflineStore {

    private final Path dataDir;
    private final Path store;

    private OfflineStore(Path dataDir) {
        this.dataDir = dataDir;
        this.store = dataDir.resolve("operational");
    }

    /** The store in the data dir; ends the JVM with a message if there is none (PIMS never started there). */
    public static OfflineStore in(Path dataDir) {
        OfflineStore offline = new OfflineStore(dataDir.toAbsolutePath());
        if (!Files.isDirectory(offline.store)) {
            System.err.println("pims: there is no operational store in " + offline.dataDir + "; start PIMS once first");
            System.exit(1);
        }
        return offline;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:derby:" + store);
    }

    /** Closes the database, so that the next start finds it shut down cleanly. */
    public void shutDown() {
        try {
            DriverManager.getConnection("jdbc:derby:" + store + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown of a database as SQLState 08006.
        }
    }

    /** Prints why the command failed, naming PIMS still running as the cause when it is, and ends the JVM with 1. */
    public void fail(Exception failure) {
        System.err.println("pims: " + failure.getMessage());
        if (openedByAnotherProcess(failure)) {
            System.err.println("pims: another process has the store open: stop PIMS on " + dataDir + " first");
        }
        System.exit(1);
    }

    /** Derby's refusal to boot a database that another JVM has booted (SQLState XSDB6), somewhere in the causes. */
    private static boolean openedByAnotherProcess(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if ("XSDB6".equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
