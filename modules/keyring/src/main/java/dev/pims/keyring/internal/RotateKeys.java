package dev.pims.keyring.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * The main of {@code ./pims keys rotate --data DIR}, run by the script with the server stopped (the embedded store
 * admits one JVM): opens {@code DIR/operational}, rotates ({@link KeyRotation}), shuts the store down cleanly.
 */
public final class RotateKeys {

    private RotateKeys() {}

    public static void main(String[] args) throws SQLException {
        if (args.length != 1) {
            System.err.println("usage: RotateKeys <data dir>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        Path store = dataDir.resolve("operational");
        if (!Files.isDirectory(store)) {
            System.err.println("pims: there is no operational store in " + dataDir + "; start PIMS once first");
            System.exit(1);
        }
        MasterKeys masterKeys = new MasterKeys(Optional.ofNullable(System.getenv(MasterKeys.ENVIRONMENT)), dataDir);
        KeyRotation rotation = new KeyRotation(
                masterKeys,
                Optional.ofNullable(System.getenv(KeyRotation.NEW_ENVIRONMENT)),
                new JdbcDataKeys(() -> DriverManager.getConnection("jdbc:derby:" + store)),
                Clock.systemUTC());
        KeyRotation.Rotated rotated;
        try {
            rotated = rotation.rotate();
        } catch (IllegalStateException refused) {
            System.err.println("pims: " + refused.getMessage());
            if (openedByAnotherProcess(refused)) {
                System.err.println("pims: another process has the store open: stop PIMS on " + dataDir + " first");
            }
            System.exit(1);
            return;
        } finally {
            shutDown(store);
        }
        System.out.println("pims: master key " + rotated.oldMasterKeyId() + " replaced by " + rotated.newMasterKeyId()
                + "; " + rotated.rewrapped() + " data key(s) re-wrapped; new data key " + rotated.newDataKeyId()
                + " seals from the next start");
        if (masterKeys.fromEnvironment()) {
            System.out.println("pims: set " + MasterKeys.ENVIRONMENT + " to the value of " + KeyRotation.NEW_ENVIRONMENT
                    + " before the next start; the old master key opens nothing any more");
        } else {
            System.out.println("pims: the new master key is in " + masterKeys.file() + "; back it up with the data");
        }
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

    private static void shutDown(Path store) {
        try {
            DriverManager.getConnection("jdbc:derby:" + store + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown of a database as SQLState 08006.
        }
    }
}
