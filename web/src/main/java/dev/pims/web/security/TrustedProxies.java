package dev.pims.web.security;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for who a request comes from when a reverse proxy (the cluster's balancer, which terminates TLS) stands
 * in front of PIMS. Every access record, visit record and staff login record names the client's address, and behind a
 * proxy the TCP peer is the proxy. The proxies are the exact addresses of the system property {@value #PROPERTY}
 * (separated by commas or spaces; unset or empty trusts none, as a PIMS reached directly must).
 * <p>
 * A request whose TCP peer is not a trusted proxy comes from that peer, whatever headers it sent. From a trusted proxy,
 * the client is the right-most address of {@code X-Forwarded-For} (every such header line, in order) that is not
 * itself a trusted proxy: each proxy appends the address it was reached from, so the entries to the left of that one
 * are what the client wrote and could be anything. A malformed entry on the way there (no IP literal) or a header
 * without such an address leaves the peer's address: PIMS records the proxy rather than a guess. Likewise only a
 * trusted proxy's {@code X-Forwarded-Proto} says whether the client spoke TLS: its right-most value.
 */
public final class TrustedProxies {

    /** The system property listing the trusted proxies' addresses. */
    public static final String PROPERTY = "pims.proxy.trusted";

    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

    private final List<InetAddress> proxies;

    private TrustedProxies(List<InetAddress> proxies) {
        this.proxies = proxies;
    }

    /** The proxies configured now. The property is read at each call, so that a change needs no restart. */
    public static TrustedProxies configured() {
        return parse(System.getProperty(PROPERTY));
    }

    /** @throws IllegalArgumentException for an entry that is no IP literal (a host name is never trusted) */
    public static TrustedProxies parse(String configured) {
        List<InetAddress> proxies = new ArrayList<>();
        if (configured != null) {
            for (String entry : SEPARATORS.split(configured.trim())) {
                if (!entry.isEmpty()) {
                    proxies.add(IpLiteral.parse(entry)
                            .orElseThrow(() ->
                                    new IllegalArgumentException("Not an IP address in " + PROPERTY + ": " + entry)));
                }
            }
        }
        return new TrustedProxies(List.copyOf(proxies));
    }

    public boolean trusts(String address) {
        return IpLiteral.parse(address).filter(proxies::contains).isPresent();
    }

    /**
     * @param peerAddress  the TCP peer's address, the request's remote address
     * @param forwardedFor the request's {@code X-Forwarded-For} header lines, in the order received
     */
    public String clientAddress(String peerAddress, List<String> forwardedFor) {
        if (!trusts(peerAddress)) {
            return peerAddress;
        }
        List<String> hops = entries(forwardedFor);
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpLiteral.parse(hops.get(i));
            if (hop.isEmpty()) {
                return peerAddress;
            }
            if (!proxies.contains(hop.get())) {
                return hop.get().getHostAddress();
            }
        }
        return peerAddress;
    }

    /**
     * Whether a trusted proxy says the client reached it over TLS: the right-most {@code X-Forwarded-Proto} value is
     * {@code https}. Empty when the peer is no trusted proxy or said nothing: then the connection itself tells.
     *
     * @param forwardedProto the request's {@code X-Forwarded-Proto} header lines, in the order received
     */
    public Optional<Boolean> forwardedOverTls(String peerAddress, List<String> forwardedProto) {
        if (!trusts(peerAddress)) {
            return Optional.empty();
        }
        List<String> protocols = entries(forwardedProto);
        return protocols.isEmpty() ? Optional.empty() : Optional.of("https".equalsIgnoreCase(protocols.getLast()));
    }

    /** The comma-separated entries of all the lines of a header, in order, trimmed. */
    private static List<String> entries(List<String> headerLines) {
        List<String> entries = new ArrayList<>();
        for (String line : headerLines) {
            for (String entry : line.split(",", -1)) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }
}
