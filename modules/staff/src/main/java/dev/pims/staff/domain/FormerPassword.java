package dev.pims.staff.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** The hash of a password a staff account used before, kept so that it cannot be chosen again soon. */
@Embeddable
public class FormerPassword {

    @Column(name = "PASSWORD_HASH", nullable = false, length = 512)
    private String hash;

    @Column(name = "RETIRED_AT", nullable = false)
    private LocalDateTime retiredAt;

    protected FormerPassword() {}

    FormerPassword(String hash, LocalDateTime retiredAt) {
        this.hash = hash;
        this.retiredAt = retiredAt;
    }

    String hash() {
        return hash;
    }
}
