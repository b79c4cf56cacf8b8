package dev.pims.web.api;

import dev.pims.web.security.IpLiteral;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who may call the internal API: a caller on this host (a loopback address: the client's address by
 * {@code web.security.TrustedProxies}, so that a call through the balancer counts from where it came) that presents
 * the shared token configured as {@value #TOKEN_PROPERTY} (or, as before the payments' resource, as
 * {@value #FORMER_TOKEN_PROPERTY}). With no token configured nobody may. The tokens are
 * compared by their SHA-256 digests with {@link MessageDigest#isEqual}, so that the time taken tells neither how much
 * of the token was right nor its length.
 */
final class InternalCallers {

    /** The main service's token, for every resource of the internal API. */
    static final String TOKEN_PROPERTY = "pims.internal.token";

    /** Its name when only the usage resource had it; still read, so that no configuration breaks. */
    static final String FORMER_TOKEN_PROPERTY = "pims.usage.internal-token";

    static final String TOKEN_HEADER = "X-PIMS-Internal-Token";

    private InternalCallers() {}

    /**
     * The configured token: under {@value #TOKEN_PROPERTY}, else under {@value #FORMER_TOKEN_PROPERTY}, else null.
     *
     * @param configuration a property's value by its name
     */
    static String configuredToken(Function<String, Optional<String>> configuration) {
        return configuration
                .apply(TOKEN_PROPERTY)
                .filter(token -> !token.isBlank())
                .or(() -> configuration.apply(FORMER_TOKEN_PROPERTY))
                .orElse(null);
    }

    /**
     * @param configured the token of the configuration, null or blank when none is
     * @param presented  the token the caller sent, null when none
     * @param address    the caller's address, a literal
     */
    static boolean admit(String configured, String presented, String address) {
        boolean tokenConfigured = configured != null && !configured.isBlank();
        return tokenConfigured && presented != null && sameToken(configured, presented) && isLoopback(address);
    }

    /** A literal address only ({@link IpLiteral}), so that no name such as {@code cafe} is ever looked up. */
    static boolean isLoopback(String address) {
        return IpLiteral.parse(address).map(InetAddress::isLoopbackAddress).orElse(false);
    }

    private static boolean sameToken(String configured, String presented) {
        return MessageDigest.isEqual(sha256(configured), sha256(presented));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }
}
