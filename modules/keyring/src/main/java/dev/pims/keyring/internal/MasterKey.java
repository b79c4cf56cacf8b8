package dev.pims.keyring.internal;

import dev.pims.keyring.KeyRingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master key: 32 bytes that wrap (AES-256-GCM) the data keys and nothing else, kept outside the databases. Its id
 * is a fingerprint (HMAC-SHA256 of a fixed label under the key, 8 bytes in hex), stored with each wrapped data key so
 * that a start knows whether it holds the key that wrapped them; it tells nothing about the key.
 */
public final class MasterKey {

    private static final byte[] FINGERPRINT_LABEL = "PIMS key ring master key id".getBytes(StandardCharsets.US_ASCII);
    private static final String WRAP_LABEL = "pims-kr1-data-key:";

    private final byte[] key;
    private final String id;

    private MasterKey(byte[] key) {
        this.key = key.clone();
        this.id = fingerprint(key);
    }

    static MasterKey newKey() {
        return new MasterKey(Aes256Gcm.newKey());
    }

    /** The master key in base64, as {@code PIMS_MASTER_KEY} and the key file hold it; {@code source} names where. */
    public static MasterKey decoded(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("The master key in " + source + " is not base64");
        }
        if (key.length != Aes256Gcm.KEY_BYTES) {
            throw new IllegalStateException("The master key in " + source + " has " + key.length + " bytes; it needs "
                    + Aes256Gcm.KEY_BYTES + " (base64 of 32 random bytes, e.g. openssl rand -base64 32)");
        }
        return new MasterKey(key);
    }

    public String id() {
        return id;
    }

    String base64() {
        return Base64.getEncoder().encodeToString(key);
    }

    String wrap(int dataKeyId, byte[] dataKey) {
        return Base64.getEncoder().encodeToString(Aes256Gcm.encrypt(key, label(dataKeyId), dataKey));
    }

    byte[] unwrap(int dataKeyId, String wrapped) {
        byte[] ivCiphertextTag;
        try {
            ivCiphertextTag = Base64.getDecoder().decode(wrapped);
        } catch (IllegalArgumentException notBase64) {
            throw new KeyRingException("Data key " + dataKeyId + " is not stored in base64");
        }
        return Aes256Gcm.decrypt(key, label(dataKeyId), ivCiphertextTag, "Data key " + dataKeyId);
    }

    private static byte[] label(int dataKeyId) {
        return (WRAP_LABEL + dataKeyId).getBytes(StandardCharsets.US_ASCII);
    }

    private static String fingerprint(byte[] key) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] mac = hmac.doFinal(FINGERPRINT_LABEL);
            return HexFormat.of().formatHex(mac, 0, 8);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", impossible);
        }
    }

    /** Never the key: a key must not reach a log through a string. */
    @Override
    public String toString() {
        return "master key " + id;
    }
}
