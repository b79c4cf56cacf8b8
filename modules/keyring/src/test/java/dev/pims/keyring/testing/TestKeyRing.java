package dev.pims.keyring.testing;

import dev.pims.keyring.KeyRing;
import dev.pims.keyring.internal.DataKeyCreation;
import dev.pims.keyring.internal.DataKeyRing;
import dev.pims.keyring.internal.MasterKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/** A key ring of one fresh data key under a fresh master key, in memory: for unit tests of the modules that seal. */
public final class TestKeyRing implements KeyRing {

    private final DataKeyRing ring;

    private TestKeyRing(DataKeyRing ring) {
        this.ring = ring;
    }

    public static TestKeyRing withNewKeys() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        MasterKey master = MasterKey.decoded(Base64.getEncoder().encodeToString(key), "a test");
        return new TestKeyRing(
                DataKeyRing.unwrapped(List.of(DataKeyCreation.next(List.of(), master, Clock.systemUTC())), master));
    }

    @Override
    public String seal(String text) {
        return ring.seal(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String open(String sealed) {
        return new String(ring.open(sealed), StandardCharsets.UTF_8);
    }

    @Override
    public String sealBytes(byte[] data) {
        return ring.seal(data);
    }

    @Override
    public byte[] openBytes(String sealed) {
        return ring.open(sealed);
    }

    @Override
    public boolean isSealed(String value) {
        return DataKeyRing.isSealed(value);
    }
}
