package dev.pims.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A record of bad use matches the same address and number however they are typed, and only with the same key. */
class BadUseFingerprintsTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final BadUseFingerprints fingerprints = new BadUseFingerprints(KEY);

    @Test
    void anEmailAddressIsHashedTrimmedAndLowerCased() {
        assertThat(fingerprints.ofEmail("  Hong@Example.COM "))
                .isEqualTo(fingerprints.ofEmail("hong@example.com"))
                .hasSize(64)
                .matches("[0-9a-f]{64}");
        assertThat(fingerprints.ofEmail("hong2@example.com")).isNotEqualTo(fingerprints.ofEmail("hong@example.com"));
    }

    @Test
    void aMobileNumberIsHashedByItsDigitsOnly() {
        assertThat(fingerprints.ofMobile("010-1234-5678"))
                .isEqualTo(fingerprints.ofMobile("01012345678"))
                .isEqualTo(fingerprints.ofMobile(" 010 1234 5678 "))
                .hasSize(64);
        assertThat(fingerprints.ofMobile("010-1234-5679")).isNotEqualTo(fingerprints.ofMobile("010-1234-5678"));
    }

    @Test
    void noMobileNumberHasNoHash() {
        assertThat(fingerprints.ofMobile(null)).isNull();
        assertThat(fingerprints.ofMobile("")).isNull();
        assertThat(fingerprints.ofMobile("--")).isNull();
    }

    @Test
    void theHashIsHmacSha256OfTheNormalisedTextUnderTheKeyInLowerCaseHex() {
        // Known answers, computed apart with Python's hmac module over "hong@example.com" and "01012345678".
        assertThat(fingerprints.ofEmail(" Hong@example.com"))
                .isEqualTo("b0cf8f9dee2a8eefb70602cbdccc38d382da346b49a2148ec2cc4306c7651057");
        assertThat(fingerprints.ofMobile("010-1234-5678"))
                .isEqualTo("5c82d0e6d651bddde815324e1c1dd135511855b8ad15e27dfdfaae7410871fc6");
    }

    @Test
    void anotherKeyMakesAnotherHash() {
        byte[] other = Arrays.copyOf(KEY, KEY.length);
        other[0] ^= 1;

        assertThat(new BadUseFingerprints(other).ofEmail("hong@example.com"))
                .isNotEqualTo(fingerprints.ofEmail("hong@example.com"));
    }

    @Test
    void aKeyShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> new BadUseFingerprints(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDormantStubsHashIsNoAddressAndNoBadUseHash() {
        String stub = fingerprints.ofDormantAccount(" Hong@Example.COM");
        assertThat(stub)
                .isEqualTo(fingerprints.ofDormantAccount("hong@example.com"))
                .startsWith(BadUseFingerprints.DORMANT_PREFIX)
                .doesNotContain("@")
                .hasSizeLessThanOrEqualTo(254)
                .doesNotContain(fingerprints.ofEmail("hong@example.com"));
        assertThat(fingerprints.ofDormantAccount("hong2@example.com")).isNotEqualTo(stub);
    }
}
