package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The tests' authenticator app against the SHA-1 test vectors of RFC 6238, appendix B (last six digits). */
class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void makesTheCodesOfTheRfcTestVectors() {
        assertThat(Totp.codeAt(RFC_SECRET, 59 / 30)).isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_SECRET, 1_111_111_109L / 30)).isEqualTo("081804");
        assertThat(Totp.codeAt(RFC_SECRET, 1_234_567_890L / 30)).isEqualTo("005924");
        assertThat(Totp.codeAt(RFC_SECRET, 20_000_000_000L / 30)).isEqualTo("353130");
    }

    @Test
    void readsTheSecretAsTheEnrolmentPageShowsIt() {
        // "12345678901234567890" in Base32, in groups of four.
        assertThat(Totp.codeAt("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ", 59 / 30))
                .isEqualTo("287082");
    }
}
