package dev.pims.keyring.testing;

import dev.pims.keyring.internal.DataKeyRing;
import dev.pims.keyring.internal.JdbcDataKeys;
import dev.pims.keyring.internal.MasterKey;
import dev.pims.keyring.internal.MasterKeys;
import dev.pims.store.testing.StoreConnection;
import dev.pims.store.testing.StoreConnections;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The key ring of a PIMS on a data dir, as a test sees it: the master key from the data dir's key file, the data keys
 * from the operational store. The fixtures of the modules whose tables hold sealed values open and seal through it,
 * so that a test reads a secret in clear (to make a TOTP code) and writes one sealed (an account made straight in the
 * store). Read at first use and again when a value names a data key made since.
 */
public final class KeyRingStore {

    private final StoreConnection operational;
    private final Supplier<Path> dataDir;
    private DataKeyRing ring;
    /** The data dir whose key file the ring was read with. */
    private Path ringOf;

    /**
     * @param operational the operational store
     * @param dataDir the server's data dir ({@code derby.system.home}), which holds {@code master.key}
     */
    public KeyRingStore(StoreConnection operational, Path dataDir) {
        this(operational, () -> dataDir);
    }

    private KeyRingStore(StoreConnection operational, Supplier<Path> dataDir) {
        this.operational = operational;
        this.dataDir = dataDir;
    }

    /**
     * The key ring of the server the integration tests start: inside it, its {@code derby.system.home}; from the tests'
     * own JVM, the data dir of the PostgreSQL server or cluster the harness started ({@link StoreConnections}), else
     * {@code <it.run.dir>/data}, the directory the Arquillian configuration gives it. Asked at each reading, as the
     * tests' servers change.
     */
    public static KeyRingStore ofTheTestServer(StoreConnection operational) {
        String insideTheServer = System.getProperty("derby.system.home");
        return new KeyRingStore(
                operational,
                () -> (insideTheServer != null
                                ? Path.of(insideTheServer)
                                : StoreConnections.postgresDataDir()
                                        .orElse(Path.of(System.getProperty("it.run.dir", "target/it-run"), "data")))
                        .toAbsolutePath());
    }

    public boolean isSealed(String value) {
        return DataKeyRing.isSealed(value);
    }

    public synchronized String open(String sealed) {
        // Read again for another server's data dir: its data key 1 is not the last server's.
        if (ring == null || !dataDir.get().equals(ringOf) || !ring.holdsKeyOf(sealed)) {
            ring = read();
        }
        return new String(ring.open(sealed), StandardCharsets.UTF_8);
    }

    /** Sealed under the newest data key, as the server seals. */
    public synchronized String seal(String text) {
        ring = read();
        return ring.seal(text.getBytes(StandardCharsets.UTF_8));
    }

    private DataKeyRing read() {
        ringOf = dataDir.get();
        Path file = ringOf.resolve(MasterKeys.FILE_NAME);
        try {
            MasterKey master = MasterKey.decoded(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
            return DataKeyRing.unwrapped(new JdbcDataKeys(operational::open).all(), master);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot read the master key of the tests' server", failure);
        }
    }
}
