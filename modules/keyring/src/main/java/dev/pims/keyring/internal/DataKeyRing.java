package dev.pims.keyring.internal;

import dev.pims.keyring.KeyRingException;
import dev.pims.keyring.domain.WrappedDataKey;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data keys unwrapped, in memory only: the newest seals, every one opens what it sealed. Immutable, so that the
 * server shares one ring between threads without locks.
 */
public final class DataKeyRing {

    private final TreeMap<Integer, byte[]> keys;

    private DataKeyRing(Map<Integer, byte[]> keys) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("A key ring needs at least one data key");
        }
        this.keys = new TreeMap<>(keys);
    }

    /** The stored data keys unwrapped by the master key that wrapped them; fails if any does not unwrap. */
    public static DataKeyRing unwrapped(List<WrappedDataKey> stored, MasterKey master) {
        Map<Integer, byte[]> keys = new TreeMap<>();
        for (WrappedDataKey key : stored) {
            keys.put(key.id(), master.unwrap(key.id(), key.wrappedKey()));
        }
        return new DataKeyRing(keys);
    }

    /** Whether the value has the sealed form. */
    public static boolean isSealed(String value) {
        return SealedForm.isSealed(value);
    }

    /** Whether the ring holds the data key a sealed value names. */
    public boolean holdsKeyOf(String sealed) {
        return SealedForm.isSealed(sealed)
                && keys.containsKey(SealedForm.parse(sealed).keyId());
    }

    /** The id of the key that seals. */
    int activeKeyId() {
        return keys.lastKey();
    }

    /** The ids of the keys the ring holds, in order. */
    List<Integer> keyIds() {
        return List.copyOf(keys.keySet());
    }

    public String seal(byte[] data) {
        int id = activeKeyId();
        return new SealedForm(id, Aes256Gcm.encrypt(keys.get(id), SealedForm.associatedData(id), data)).text();
    }

    public byte[] open(String sealed) {
        SealedForm form = SealedForm.parse(sealed);
        byte[] key = keys.get(form.keyId());
        if (key == null) {
            throw new KeyRingException("The value was sealed under data key " + form.keyId()
                    + ", which the key ring does not hold (it holds " + keys.keySet() + ")");
        }
        return Aes256Gcm.decrypt(
                key,
                SealedForm.associatedData(form.keyId()),
                form.ivCiphertextTag(),
                "A value of data key " + form.keyId());
    }

    /** Each key wrapped anew by another master key, for a rotation. */
    List<WrappedDataKey> rewrappedBy(MasterKey master, List<WrappedDataKey> stored) {
        return stored.stream()
                .map(key -> new WrappedDataKey(
                        key.id(), master.wrap(key.id(), keys.get(key.id())), master.id(), key.createdAt()))
                .toList();
    }
}
