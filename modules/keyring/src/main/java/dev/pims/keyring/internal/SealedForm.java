package dev.pims.keyring.internal;

import dev.pims.keyring.KeyRingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form of a sealed value: {@value #PREFIX}, the data key's id, a colon, and base64 of IV, ciphertext and tag.
 * The version in the prefix lets a later form live beside this one. The prefix and id are the associated data of the
 * encryption, so that a value whose id was changed does not open.
 */
record SealedForm(int keyId, byte[] ivCiphertextTag) {

    static final String PREFIX = "pims-kr1:";
    private static final Pattern FORM = Pattern.compile("pims-kr1:([0-9]{1,9}):([A-Za-z0-9+/]+={0,2})");

    static boolean isSealed(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    static SealedForm parse(String value) {
        Matcher form = value == null ? null : FORM.matcher(value);
        if (form == null || !form.matches()) {
            throw new KeyRingException("The value is not sealed by the key ring");
        }
        try {
            return new SealedForm(
                    Integer.parseInt(form.group(1)), Base64.getDecoder().decode(form.group(2)));
        } catch (IllegalArgumentException badBase64) {
            throw new KeyRingException("The value is not sealed by the key ring", badBase64);
        }
    }

    static byte[] associatedData(int keyId) {
        return (PREFIX + keyId).getBytes(StandardCharsets.US_ASCII);
    }

    String text() {
        return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(ivCiphertextTag);
    }
}
