package dev.pims.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Passwords, of members and staff alike, are kept only as PBKDF2-SHA256 hashes with a random salt (policy §7A), at
 * OWASP's current 600 000 iterations. A hash keeps its own iteration count ({@code PBKDF2WithHmacSHA256:<iterations>:
 * <salt>:<hash>}), so an older hash of fewer iterations still verifies and is replaced at the next successful login
 * ({@link #needsUpgrade}). A login for an unknown name still costs one hash, so that timing does not tell which names
 * exist.
 */
@ApplicationScoped
public class PasswordHashing {

    /** OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes",
            "32",
            "Pbkdf2PasswordHash.KeySizeBytes",
            "32");

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

    /**
     * Whether a hash was made with another algorithm or fewer iterations than new hashes get: the caller, having just
     * seen the password match, hashes it again.
     */
    public static boolean needsUpgrade(String hash) {
        String[] parts = hash.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException unreadable) {
            return true;
        }
    }

    /** Spends the time of a real check, for a login whose address is unknown. */
    public void matchNothing(String password) {
        pbkdf2.verify(password.toCharArray(), hashOfNoPassword);
    }
}
