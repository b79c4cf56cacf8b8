package dev.pims.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A one-time link sent by mail (verification, restore, e-mail change, password reset), as the account keeps it: only
 * the SHA-256 of its random token and when it expires (policy §7A: no secret in clear at rest). Each use on the
 * account maps it to columns of its own ({@code <USE>_TOKEN_HASH}, {@code <USE>_EXPIRES_AT}); a used link is removed,
 * so it works once.
 */
@Embeddable
public class OneTimeLink {

    @Column(name = "TOKEN_HASH", length = 64)
    private String tokenHash;

    @Column(name = "EXPIRES_AT")
    private LocalDateTime expiresAt;

    protected OneTimeLink() {}

    public OneTimeLink(String tokenHash, LocalDateTime expiresAt) {
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    /** Whether a link, if there is one, may still be used at {@code now}. */
    static boolean isOpen(OneTimeLink link, LocalDateTime now) {
        return link != null && link.expiresAt != null && !now.isAfter(link.expiresAt);
    }

    /**
     * Whether a link of this validity was sent less than {@code resendAfter} before {@code now}: a new one is then not
     * sent, so that nobody can fill a mailbox by asking again and again.
     */
    static boolean sentWithin(OneTimeLink link, LocalDateTime now, Duration validity, Duration resendAfter) {
        return isOpen(link, now.plus(validity).minus(resendAfter));
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }
}
