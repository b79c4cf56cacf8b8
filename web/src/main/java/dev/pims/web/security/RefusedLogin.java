package dev.pims.web.security;

import dev.pims.membership.LoginRefused;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Why this request's member login was refused (policy §7A, guessing): the identity store can only say "invalid", and
 * the login page then tells a locked address or a client over its limit apart from a wrong password, never whether an
 * address is a member's.
 */
@RequestScoped
public class RefusedLogin {

    private LoginRefused refusal;

    void refusedFor(LoginRefused refusal) {
        this.refusal = refusal;
    }

    public Optional<LoginRefused> refusal() {
        return Optional.ofNullable(refusal);
    }
}
