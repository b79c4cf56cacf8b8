package dev.pims.keyring;

/**
 * Seals secrets kept at rest and opens them again (safety-measures standard Art. 7; policy §7B): AES-256-GCM under the
 * ring's active data key. A sealed value is text, {@code pims-kr1:<key id>:<base64 of IV, ciphertext and tag>}, so it
 * fits a VARCHAR or CLOB column and says which data key opens it; the data keys are kept wrapped by the master key,
 * which lives outside the databases. Text is sealed as its UTF-8 bytes.
 */
public interface KeyRing {

    /** The text sealed under the active data key; sealing the same text twice gives two different values. */
    String seal(String text);

    /**
     * The text a value sealed by {@link #seal(String)} holds.
     *
     * @throws KeyRingException when the value is not sealed, was altered, or names a data key the ring does not hold
     */
    String open(String sealed);

    /** The bytes sealed under the active data key. */
    String sealBytes(byte[] data);

    /**
     * The bytes a value sealed by {@link #sealBytes(byte[])} holds.
     *
     * @throws KeyRingException when the value is not sealed, was altered, or names a data key the ring does not hold
     */
    byte[] openBytes(String sealed);

    /** Whether a stored value has the sealed form already, so that a value kept in clear by an older PIMS is told apart. */
    boolean isSealed(String value);
}
