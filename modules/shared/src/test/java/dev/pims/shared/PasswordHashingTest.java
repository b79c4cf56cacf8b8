package dev.pims.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void aHashOfFewerIterationsThanOwaspsCurrentCountIsUpgraded() {
        assertThat(PasswordHashing.needsUpgrade("PBKDF2WithHmacSHA256:120000:c2FsdA==:aGFzaA=="))
                .isTrue();
        assertThat(PasswordHashing.needsUpgrade("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA=="))
                .isFalse();
    }

    @Test
    void aHashOfAnotherAlgorithmOrUnreadableIsUpgraded() {
        assertThat(PasswordHashing.needsUpgrade("PBKDF2WithHmacSHA1:600000:c2FsdA==:aGFzaA=="))
                .isTrue();
        assertThat(PasswordHashing.needsUpgrade("PBKDF2WithHmacSHA256:many:c2FsdA==:aGFzaA=="))
                .isTrue();
        assertThat(PasswordHashing.needsUpgrade("not a hash")).isTrue();
    }
}
