package dev.pims.staff.domain;

import dev.pims.keyring.KeyRing;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A member of staff's second factor (policy §7B; safety-measures standard Art. 5(6)): the TOTP secret their
 * authenticator app holds, the secret offered while they enrol, the last time step whose code was accepted (a code is
 * good once), and how long a right password waits for its code. The codes themselves are checked outside the entity.
 * Both secrets are kept sealed by the key ring (safety-measures standard Art. 7): they go in sealed and come out opened
 * here, so that no field ever holds one in clear.
 */
@Embeddable
public class SecondFactor {

    @Column(name = "TOTP_SECRET", length = 200)
    private String secret;

    @Column(name = "TOTP_PENDING_SECRET", length = 200)
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

    Optional<String> enrolledSecret(KeyRing keys) {
        return Optional.ofNullable(secret).map(keys::open);
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
    String offerSecret(Supplier<String> newSecret, KeyRing keys) {
        if (pendingSecret == null) {
            pendingSecret = keys.seal(newSecret.get());
        }
        return keys.open(pendingSecret);
    }

    /** The secret a code is checked against: the enrolled one, or while enrolling the one offered. */
    Optional<String> secretForCodes(KeyRing keys) {
        return Optional.ofNullable(isEnrolled() ? secret : pendingSecret).map(keys::open);
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

    void enrol(String newSecret, LocalDateTime now, KeyRing keys) {
        secret = keys.seal(newSecret);
        pendingSecret = null;
        enrolledAt = now;
    }

    /**
     * Seals a secret kept in clear by a PIMS older than the key ring.
     *
     * @return whether a secret was sealed
     */
    boolean sealSecretsInClear(KeyRing keys) {
        boolean sealed = false;
        if (secret != null && !keys.isSealed(secret)) {
            secret = keys.seal(secret);
            sealed = true;
        }
        if (pendingSecret != null && !keys.isSealed(pendingSecret)) {
            pendingSecret = keys.seal(pendingSecret);
            sealed = true;
        }
        return sealed;
    }

    /** Forgets the secret (a lost phone): the next login enrols again. The last step stays, so no old code counts. */
    void reset() {
        secret = null;
        pendingSecret = null;
        enrolledAt = null;
        secondStepUntil = null;
    }
}
