package dev.pims.membership.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hashes a record of bad use keeps instead of the e-mail address and the mobile number (policy §2A(2)), and
 * a dormant account's stub instead of its address (§4C, {@link #ofDormantAccount}):
 * HMAC-SHA-256, in lower-case hex, of the address trimmed and lower-cased (as sign-up compares addresses) and of the
 * mobile number's digits only, so that {@code 010-1234-5678} and {@code 01012345678} are one number. Without the key a
 * hash cannot be tested against a guessed address or number.
 */
final class BadUseFingerprints {

    static final int KEY_MIN_BYTES = 32;
    static final String DORMANT_PREFIX = "dormant:";
    private static final String DORMANT_LABEL = "pims/dormant-account\u0000";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    BadUseFingerprints(byte[] key) {
        if (key.length < KEY_MIN_BYTES) {
            throw new IllegalArgumentException(
                    "The bad-use HMAC key has " + key.length + " bytes; it needs at least " + KEY_MIN_BYTES);
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    String ofEmail(String email) {
        return hmac(normalizedEmail(email));
    }

    /**
     * What a dormant account's stub keeps instead of its address (policy §4C), so that a login with the address still
     * finds it: {@value #DORMANT_PREFIX} and the HMAC of the normalized address under a label of its own (domain
     * separation), so that it never equals a bad-use hash of the same address. No address starts with the prefix and
     * none lacks an {@code @}, so it cannot collide with a live account's address under the column's unique constraint.
     */
    String ofDormantAccount(String email) {
        return DORMANT_PREFIX + hmac(DORMANT_LABEL + normalizedEmail(email));
    }

    /** @return null when the number holds no digit (no mobile number given) */
    String ofMobile(String mobilePhone) {
        String digits = mobileDigits(mobilePhone);
        return digits.isEmpty() ? null : hmac(digits);
    }

    static String normalizedEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    static String mobileDigits(String mobilePhone) {
        return mobilePhone == null ? "" : mobilePhone.replaceAll("[^0-9]", "");
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", impossible);
        }
    }
}
