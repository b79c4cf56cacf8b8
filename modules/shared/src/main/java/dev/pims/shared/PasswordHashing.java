package dev.pims.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Passwords, of members and staff alike, are kept only as PBKDF2-SHA256 hashes with a random salt (policy §7A).
 * A login for an unknown name still costs one hash, so that timing does not tell which names exist.
 */
@ApplicationScoped
public class PasswordHashing {

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "120000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    private String hashOfNoPassword;

    @PostConstruct
    void initialize() {
        pbkdf2.initialize(PARAMETERS);
        hashOfNoPassword = pbkdf2.generate("no account has this password".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the time of a real check, for a login whose address is unknown. */
    public void matchNothing(String password) {
        pbkdf2.verify(password.toCharArray(), hashOfNoPassword);
    }
}
