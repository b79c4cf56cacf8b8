package dev.pims.keyring.internal;

import dev.pims.store.OfflineStore;
import java.nio.file.Path;
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
        OfflineStore store = OfflineStore.in(Path.of(args[0]));
        MasterKeys masterKeys =
                new MasterKeys(Optional.ofNullable(System.getenv(MasterKeys.ENVIRONMENT)), store.dataDir());
        KeyRotation rotation = new KeyRotation(
                masterKeys,
                Optional.ofNullable(System.getenv(KeyRotation.NEW_ENVIRONMENT)),
                new JdbcDataKeys(store::connect),
                Clock.systemUTC());
        KeyRotation.Rotated rotated;
        try {
            rotated = rotation.rotate();
        } catch (IllegalStateException refused) {
            store.fail(refused);
            return;
        } finally {
            store.shutDown();
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
}
