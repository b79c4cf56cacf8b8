package dev.pims.keyring.internal;

import dev.pims.keyring.KeyRingException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256 in GCM mode as the JDK provides it: a random 96-bit IV for every encryption (NIST SP 800-38D; with random IVs
 * a key stays far below 2^32 encryptions in PIMS's life), a 128-bit tag, and associated data that binds a ciphertext to
 * the place it belongs (the key id), so that a value moved under another id does not open. The result is IV, ciphertext
 * and tag, one after the other.
 */
final class Aes256Gcm {

    static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Aes256Gcm() {}

    static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    static byte[] encrypt(byte[] key, byte[] associatedData, byte[] plain) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, aesKey(key), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-256-GCM is not available in this JDK", impossible);
        }
    }

    /** @throws KeyRingException when the tag does not match: the ciphertext, IV or associated data were altered */
    static byte[] decrypt(byte[] key, byte[] associatedData, byte[] ivCiphertextTag, String what) {
        if (ivCiphertextTag.length < IV_BYTES + TAG_BITS / 8) {
            throw new KeyRingException(what + " is too short to be sealed");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    aesKey(key),
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(ivCiphertextTag, 0, IV_BYTES)));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(ivCiphertextTag, IV_BYTES, ivCiphertextTag.length - IV_BYTES);
        } catch (AEADBadTagException altered) {
            throw new KeyRingException(what + " does not open: altered, or sealed under another key", altered);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-256-GCM is not available in this JDK", impossible);
        }
    }

    private static SecretKeySpec aesKey(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("An AES-256 key has " + KEY_BYTES + " bytes, not " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
