package dev.pims.keyring;

/**
 * A value the key ring cannot seal or open: altered (its GCM tag does not match), not sealed at all, or sealed under a
 * data key the ring does not hold. Its message names the data key, never a key or the value.
 */
public class KeyRingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeyRingException(String message) {
        super(message);
    }

    public KeyRingException(String message, Throwable cause) {
        super(message, cause);
    }
}
