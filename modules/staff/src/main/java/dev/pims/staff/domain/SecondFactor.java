package dev.pims.staff.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A member of staff's second factor (policy §7B; safety-measures standard Art. 5(6)): the TOTP secret their
 * authenticator app holds, the secret offered while they enrol, the last time step whose code was accepted (a code is
 * good once), and how long a right password waits for its code. The codes themselves are checked outside the entity.
 */
@Embeddable
public class SecondFactor {

    @Column(name = "TOTP_SECRET", length = 64)
    private String secret;

    @Column(name = "TOTP_PENDING_SECRET", length = 64)
    private String pendingSecret;

    @Column(name = "TOTP_ENROLLED_AT")
    private LocalDateTime enrolledAt;

    @Column(name = "TOTP_LAST_STEP", nullable = false)
    private long lastStep;

    @Column(name = "SECOND_STEP_UNTIL")
    private LocalDateTime secondStepUntil;

    public boolean isEnrolled() {
        return secret != null;
    }

    Optional<String> enrolledSecret() {
        return Optional.ofNullable(secret);
    }

    public long getLastStep() {
        return lastStep;
    }

    /** The right password was given: a code may follow until then. */
    void awaitCodeUntil(LocalDateTime until) {
        secondStepUntil = until;
    }

    boolean awaitsCode(LocalDateTime now) {
        return secondStepUntil != null && now.isBefore(secondStepUntil);
    }

    /**
     * The secret to offer for enrolment: the one already offered, so that reloading the page shows the same QR code,
     * or a new one.
     */
    String offerSecret(Supplier<String> newSecret) {
        if (pendingSecret == null) {
            pendingSecret = newSecret.get();
        }
        return pendingSecret;
    }

    /** The secret a code is checked against: the enrolled one, or while enrolling the one offered. */
    Optional<String> secretForCodes() {
        return Optional.ofNullable(isEnrolled() ? secret : pendingSecret);
    }

    /**
     * A code of this time step was right: the login is complete, and an offered secret becomes the enrolled one.
     *
     * @return whether this code completed an enrolment
     */
    boolean codeAccepted(long step, LocalDateTime now) {
        lastStep = step;
        secondStepUntil = null;
        if (isEnrolled()) {
            return false;
        }
        secret = pendingSecret;
        pendingSecret = null;
        enrolledAt = now;
        return true;
    }

    void enrol(String newSecret, LocalDateTime now) {
        secret = newSecret;
        pendingSecret = null;
        enrolledAt = now;
    }

    /** Forgets the secret (a lost phone): the next login enrols again. The last step stays, so no old code counts. */
    void reset() {
        secret = null;
        pendingSecret = null;
        enrolledAt = null;
        secondStepUntil = null;
    }
}
