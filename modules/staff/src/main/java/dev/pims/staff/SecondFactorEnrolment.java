package dev.pims.staff;

/**
 * What the enrolment page shows once: the QR code for an authenticator app (a PNG data URI) and the same secret in
 * Base32 for typing in by hand. Shown only to the person whose right password was just given.
 */
public record SecondFactorEnrolment(String secret, String qrCode) {

    /** The secret in groups of four, as people copy it. */
    public String groupedSecret() {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }
}
