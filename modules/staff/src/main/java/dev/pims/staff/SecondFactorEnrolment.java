package dev.pims.staff;

/**
 * What the enrolment page shows once: the QR code for an authenticator app (a PNG data URI) and the same secret in
 * Base32 for typing in by hand. Shown only to the person whose right password was just given.
 */
public final class SecondFactorEnrolment {

    private final String secret;
    private final String qrCode;

    public SecondFactorEnrolment(String secret, String qrCode) {
        this.secret = secret;
        this.qrCode = qrCode;
    }

    public String getSecret() {
        return secret;
    }

    /** The secret in groups of four, as people copy it. */
    public String getGroupedSecret() {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }

    public String getQrCode() {
        return qrCode;
    }
}
