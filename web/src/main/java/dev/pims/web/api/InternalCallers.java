package dev.pims.web.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Who may call the internal API: a caller on this host (a loopback address, as the TCP peer gives it) that presents
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

    /**
     * A literal address only (dotted IPv4, or IPv6 with its colons and perhaps a zone), so that no name such as
     * {@code cafe} is ever looked up.
     */
    private static final Pattern LITERAL =
            Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F.]*:[0-9a-fA-F:.]*(%[0-9A-Za-z]+)?");

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

    static boolean isLoopback(String address) {
        if (address == null || !LITERAL.matcher(address).matches()) {
            return false;
        }
        try {
            // A literal is parsed, never looked up.
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
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
