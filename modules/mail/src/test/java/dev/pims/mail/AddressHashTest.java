package dev.pims.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressHashTest {

    @Test
    void anAddressIsHashedAsMembershipComparesIt() {
        assertThat(AddressHash.of("  Idle@Example.COM "))
                .isEqualTo(AddressHash.of("idle@example.com"))
                .hasSize(64)
                .matches("[0-9a-f]{64}")
                .doesNotContain("idle");
    }

    @Test
    void itIsTheSha256OfTheAddressInHex() {
        // printf 'a@b.c' | sha256sum
        assertThat(AddressHash.of("a@b.c"))
                .isEqualTo("d648b243a3e817eaa3309e00e183483f2867baadf522099f0c2121770536b25a");
    }
}
