package dev.pims.deidentification.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms of one dataset (policy §3D): HMAC-SHA-256 of the member id under the dataset's own 32-byte key, in
 * hex. The same member has the same pseudonym throughout the dataset, and another in a dataset built under another
 * key; without the key nobody can tell whose a pseudonym is, even knowing every member id.
 */
final class Pseudonyms {

    static final int KEY_BYTES = 32;
    private static final String HMAC = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Mac mac;

    Pseudonyms(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("A pseudonym key has " + KEY_BYTES + " bytes");
        }
        try {
            mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", unavailable);
        }
    }

    /** A new random key, made for one dataset. */
    static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    String of(long memberId) {
        return HexFormat.of().formatHex(mac.doFinal(Long.toString(memberId).getBytes(StandardCharsets.US_ASCII)));
    }
}
