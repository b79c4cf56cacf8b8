package dev.pims.keyring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.keyring.KeyRingException;
import dev.pims.keyring.domain.WrappedDataKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataKeyRingTest {

    private static final byte[] SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP".getBytes(StandardCharsets.UTF_8);

    private final MasterKey master = MasterKey.newKey();
    private final List<WrappedDataKey> stored = new ArrayList<>(List.of(newKey()));

    @Test
    void aSealedValueOpensToWhatWasSealedAndNamesItsKey() {
        DataKeyRing ring = DataKeyRing.unwrapped(stored, master);

        String sealed = ring.seal(SECRET);

        assertThat(sealed).startsWith("pims-kr1:1:").doesNotContain(new String(SECRET, StandardCharsets.UTF_8));
        assertThat(DataKeyRing.isSealed(sealed)).isTrue();
        assertThat(ring.open(sealed)).isEqualTo(SECRET);
        assertThat(ring.seal(SECRET)).as("a fresh IV each time").isNotEqualTo(sealed);
    }

    @Test
    void textInClearIsNotSealed() {
        assertThat(DataKeyRing.isSealed("JBSWY3DPEHPK3PXP")).isFalse();
        assertThat(DataKeyRing.isSealed("{\"account\":{}}")).isFalse();
        assertThat(DataKeyRing.isSealed(null)).isFalse();
        assertThatThrownBy(() -> DataKeyRing.unwrapped(stored, master).open("JBSWY3DPEHPK3PXP"))
                .isInstanceOf(KeyRingException.class)
                .hasMessageContaining("not sealed");
    }

    @Test
    void aChangedCiphertextDoesNotOpen() {
        DataKeyRing ring = DataKeyRing.unwrapped(stored, master);
        SealedForm form = SealedForm.parse(ring.seal(SECRET));
        byte[] altered = form.ivCiphertextTag().clone();
        altered[14] ^= 0x01;

        assertThatThrownBy(() -> ring.open(new SealedForm(form.keyId(), altered).text()))
                .isInstanceOf(KeyRingException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void aValueMovedUnderAnotherKeyIdDoesNotOpen() {
        stored.add(newKey());
        DataKeyRing ring = DataKeyRing.unwrapped(stored, master);
        String sealed = ring.seal(SECRET);

        String relabelled = sealed.replace("pims-kr1:2:", "pims-kr1:1:");

        assertThatThrownBy(() -> ring.open(relabelled)).isInstanceOf(KeyRingException.class);
    }

    @Test
    void aValueOfAKeyTheRingDoesNotHoldIsRefusedWithTheKeysId() {
        DataKeyRing ring = DataKeyRing.unwrapped(stored, master);
        String sealed = ring.seal(SECRET).replace("pims-kr1:1:", "pims-kr1:7:");

        assertThatThrownBy(() -> ring.open(sealed))
                .isInstanceOf(KeyRingException.class)
                .hasMessageContaining("data key 7");
        assertThat(ring.holdsKeyOf(sealed)).isFalse();
    }

    @Test
    void theNewestKeySealsAndTheOlderOnesStillOpen() {
        String sealedByTheFirst = DataKeyRing.unwrapped(stored, master).seal(SECRET);
        stored.add(newKey());

        DataKeyRing ring = DataKeyRing.unwrapped(stored, master);

        assertThat(ring.seal(SECRET)).startsWith("pims-kr1:2:");
        assertThat(ring.open(sealedByTheFirst)).isEqualTo(SECRET);
    }

    @Test
    void anotherMasterKeyUnwrapsNoDataKey() {
        assertThatThrownBy(() -> DataKeyRing.unwrapped(stored, MasterKey.newKey()))
                .isInstanceOf(KeyRingException.class)
                .hasMessageContaining("Data key 1");
    }

    @Test
    void theMasterKeysIdIsAFingerprintThatNamesNoPartOfTheKey() {
        MasterKey same = MasterKey.decoded(master.base64(), "a test");

        assertThat(same.id()).isEqualTo(master.id()).hasSize(16);
        assertThat(MasterKey.newKey().id()).isNotEqualTo(master.id());
        assertThat(master.toString()).doesNotContain(master.base64());
    }

    @Test
    void aMasterKeyOfAnotherLengthIsRefused() {
        assertThatThrownBy(() -> MasterKey.decoded(Base64.getEncoder().encodeToString(new byte[16]), "PIMS_MASTER_KEY"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PIMS_MASTER_KEY has 16 bytes");
    }

    private WrappedDataKey newKey() {
        List<WrappedDataKey> before = stored == null ? List.of() : stored;
        return DataKeyCreation.next(before, master, Clock.systemUTC());
    }
}
