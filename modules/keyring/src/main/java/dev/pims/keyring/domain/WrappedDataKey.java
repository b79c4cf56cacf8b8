package dev.pims.keyring.domain;

import java.time.LocalDateTime;

/**
 * A data key as the store keeps it: its id (the one every value it sealed carries), the key wrapped by the master key
 * (base64 of IV, ciphertext and tag), the fingerprint of that master key, and when the key was made (UTC).
 */
public record WrappedDataKey(int id, String wrappedKey, String masterKeyId, LocalDateTime createdAt) {}
