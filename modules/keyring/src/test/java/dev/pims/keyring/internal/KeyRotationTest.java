package dev.pims.keyring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.keyring.domain.DataKeys;
import dev.pims.keyring.domain.WrappedDataKey;
import dev.pims.store.testing.EmbeddedStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rotation on an embedded Derby made by the module's own migration, as {@code ./pims keys rotate} runs it. */
class KeyRotationTest {

    private static final byte[] SECRET = "a TOTP secret".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dataDir;

    private EmbeddedStore store;
    private JdbcDataKeys dataKeys;
    private MasterKeys masterKeys;

    @BeforeEach
    void aStoreAsTheFirstStartLeavesIt() {
        store = EmbeddedStore.migrated(dataDir);
        dataKeys = new JdbcDataKeys(store::connection);
        masterKeys = new MasterKeys(Optional.empty(), dataDir);
        dataKeys.add(DataKeyCreation.next(List.of(), masterKeys.current(Optional.empty()), Clock.systemUTC()));
    }

    @AfterEach
    void shutDown() {
        store.close();
    }

    @Test
    void everyDataKeyIsRewrappedByANewMasterKeyAndANewDataKeySeals() throws Exception {
        String sealedBefore = ring().seal(SECRET);
        String oldMasterKeyId = currentMasterKeyId();

        KeyRotation.Rotated rotated = rotation(Optional.empty()).rotate();

        assertThat(rotated.rewrapped()).isEqualTo(1);
        assertThat(rotated.newDataKeyId()).isEqualTo(2);
        assertThat(rotated.oldMasterKeyId()).isEqualTo(oldMasterKeyId);
        assertThat(currentMasterKeyId()).isEqualTo(rotated.newMasterKeyId()).isNotEqualTo(oldMasterKeyId);
        assertThat(dataKeys.all()).extracting(WrappedDataKey::masterKeyId).containsOnly(rotated.newMasterKeyId());
        assertThat(dataDir.resolve("master.key.new")).doesNotExist();
        DataKeyRing after = ring();
        assertThat(after.open(sealedBefore)).as("an old value still opens").isEqualTo(SECRET);
        assertThat(after.seal(SECRET)).startsWith("pims-kr1:2:");
    }

    @Test
    void aRotationThatFailsInItsTransactionChangesNothing() throws Exception {
        List<WrappedDataKey> before = dataKeys.all();
        DataKeys failing = new DataKeys() {
            @Override
            public List<WrappedDataKey> all() {
                return dataKeys.all();
            }

            @Override
            public boolean add(WrappedDataKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void rewrapAllAndAdd(List<WrappedDataKey> rewrapped, WrappedDataKey added) {
                // The same id twice makes the insert fail after the update: the transaction rolls both back.
                dataKeys.rewrapAllAndAdd(
                        rewrapped, new WrappedDataKey(1, added.wrappedKey(), added.masterKeyId(), added.createdAt()));
            }
        };

        assertThatThrownBy(() -> new KeyRotation(masterKeys, Optional.empty(), failing, Clock.systemUTC()).rotate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nothing was changed");

        assertThat(dataKeys.all()).isEqualTo(before);
        assertThat(dataDir.resolve("master.key.new"))
                .as("left by the failed rotation")
                .exists();
        assertThat(ring().open(ring().seal(SECRET)))
                .as("the next start, with the old key")
                .isEqualTo(SECRET);
        assertThat(dataDir.resolve("master.key.new"))
                .as("removed by that start")
                .doesNotExist();
    }

    @Test
    void withTheMasterKeyFromTheEnvironmentTheNewOneComesFromTheEnvironmentToo() throws Exception {
        String current = Files.readString(dataDir.resolve("master.key"));
        masterKeys = new MasterKeys(Optional.of(current), dataDir);
        assertThatThrownBy(() -> rotation(Optional.empty()).rotate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PIMS_NEW_MASTER_KEY");
        assertThatThrownBy(() -> rotation(Optional.of(current)).rotate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds the current master key");
        String next = MasterKey.newKey().base64();

        KeyRotation.Rotated rotated = rotation(Optional.of(next)).rotate();

        assertThat(rotated.newMasterKeyId())
                .isEqualTo(MasterKey.decoded(next, "the test").id());
        assertThat(Files.readString(dataDir.resolve("master.key")))
                .as("no file touched")
                .isEqualTo(current);
        masterKeys = new MasterKeys(Optional.of(next), dataDir);
        assertThat(ring().seal(SECRET)).startsWith("pims-kr1:2:");
    }

    private KeyRotation rotation(Optional<String> newFromEnvironment) {
        return new KeyRotation(masterKeys, newFromEnvironment, dataKeys, Clock.systemUTC());
    }

    /** The ring as the next start opens it. */
    private DataKeyRing ring() throws SQLException {
        List<WrappedDataKey> stored = dataKeys.all();
        return DataKeyRing.unwrapped(stored, masterKeys.current(MasterKeys.wrapperOf(stored)));
    }

    private String currentMasterKeyId() throws Exception {
        return MasterKey.decoded(Files.readString(dataDir.resolve("master.key")), "the file")
                .id();
    }
}
