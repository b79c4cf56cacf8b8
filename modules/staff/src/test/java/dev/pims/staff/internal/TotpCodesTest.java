package dev.pims.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Which codes PIMS takes, at the time of an RFC 6238 test vector (SHA-1, 2009-02-13 23:31:30 UTC, code 005924 of the
 * RFC's secret): the step before, that step and the one after, each only once, and nothing further off.
 */
class TotpCodesTest {

    /** "12345678901234567890", the secret of RFC 6238 appendix B, in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static final long STEP = 1_234_567_890L / 30;

    private final TotpCodes totp = new TotpCodes(Clock.fixed(Instant.ofEpochSecond(1_234_567_890L), ZoneOffset.UTC));

    @Test
    void takesTheCodeOfTheRfcTestVectorAtItsTime() {
        assertThat(totp.codeOf(RFC_SECRET, STEP)).isEqualTo("005924");
        assertThat(totp.stepOf("005924", RFC_SECRET, 0)).hasValue(STEP);
    }

    @Test
    void takesTheCodesOfTheStepsNextToNowForDriftingPhones() {
        assertThat(totp.stepOf(codeAt(STEP - 1), RFC_SECRET, 0)).hasValue(STEP - 1);
        assertThat(totp.stepOf(codeAt(STEP + 1), RFC_SECRET, 0)).hasValue(STEP + 1);
    }

    @Test
    void refusesACodeFurtherOffOrOfAStepAlreadyUsed() {
        assertThat(totp.stepOf(codeAt(STEP - 2), RFC_SECRET, 0)).isEmpty();
        assertThat(totp.stepOf(codeAt(STEP + 2), RFC_SECRET, 0)).isEmpty();
        assertThat(totp.stepOf("005924", RFC_SECRET, STEP))
                .as("used once already")
                .isEmpty();
        assertThat(totp.stepOf(codeAt(STEP - 1), RFC_SECRET, STEP - 1)).isEmpty();
    }

    @Test
    void refusesTheCodeOfAnotherSecret() {
        assertThat(totp.stepOf("005924", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", 0)).isEmpty();
    }

    @Test
    void makesSecretsOf160BitsInBase32AndAPngQrCode() {
        String secret = totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(totp.newSecret()).isNotEqualTo(secret);
        assertThat(totp.qrCodeOf("kim", secret)).startsWith("data:image/png;base64,");
    }

    private String codeAt(long step) {
        return totp.codeOf(RFC_SECRET, step);
    }
}
