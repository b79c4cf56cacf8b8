package dev.pims.staff.internal;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * TOTP (RFC 6238) as every authenticator app speaks it: HMAC-SHA1, 6 digits, 30-second steps, 160-bit secrets in
 * Base32. The arithmetic is the library's; what PIMS decides is here: a code of the step before or after is
 * accepted (phone clocks drift), but only of a step later than the last code accepted, so that no code counts twice
 * (RFC 6238 section 5.2).
 */
@ApplicationScoped
class TotpCodes {

    static final String ISSUER = "PIMS";
    private static final int DIGITS = 6;
    private static final int STEP_SECONDS = 30;
    private static final int SECRET_CHARACTERS = 32;

    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final SecretGenerator secrets = new DefaultSecretGenerator(SECRET_CHARACTERS);
    private final Clock physicalTime;

    /**
     * With the physical time, not the injected clock: a code is compared with the time of the person's phone, which
     * tests that move the server's business clock (expiry, retention) do not move.
     */
    TotpCodes() {
        this(Clock.systemUTC());
    }

    TotpCodes(Clock physicalTime) {
        this.physicalTime = physicalTime;
    }

    String newSecret() {
        return secrets.generate();
    }

    /** The QR code an authenticator app scans: the secret, the issuer and the login id, as a PNG data URI. */
    String qrCodeOf(String loginId, String secret) {
        QrData data = new QrData.Builder()
                .label(loginId)
                .issuer(ISSUER)
                .secret(secret)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(STEP_SECONDS)
                .build();
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
        } catch (QrGenerationException impossible) {
            throw new IllegalStateException("No QR code for a valid otpauth URI", impossible);
        }
    }

    /** @return the time step whose code this is, if it is one of the accepted steps after {@code lastStep} */
    OptionalLong stepOf(String code, String secret, long lastStep) {
        long now = physicalTime.instant().getEpochSecond() / STEP_SECONDS;
        for (long step = Math.max(now - 1, lastStep + 1); step <= now + 1; step++) {
            if (sameCode(code, codeOf(secret, step))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code an authenticator app shows for this secret during this time step. */
    String codeOf(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException invalidSecret) {
            throw new IllegalStateException("A stored TOTP secret is not Base32", invalidSecret);
        }
    }

    /** Compared in constant time, so that the time of the answer tells nothing about the right digits. */
    private static boolean sameCode(String typed, String expected) {
        return MessageDigest.isEqual(
                typed.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII));
    }
}
