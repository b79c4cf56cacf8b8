package dev.pims.web.security;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The client addresses allowed to reach the staff console: exact IPv4 or IPv6 addresses and CIDR ranges, separated
 * by commas or spaces, e.g. {@code 10.0.0.0/8, 192.168.1.7, ::1}. An empty list allows every address. Only literal
 * addresses are taken ({@link IpLiteral}), never host names, so that no name lookup decides who may enter.
 */
public final class AddressAllowList {

    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

    private final List<Range> ranges;

    private AddressAllowList(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** @throws IllegalArgumentException for an entry that is no address or CIDR range */
    public static AddressAllowList parse(String configured) {
        List<Range> ranges = new ArrayList<>();
        if (configured != null) {
            for (String entry : SEPARATORS.split(configured.trim())) {
                if (!entry.isEmpty()) {
                    ranges.add(Range.of(entry));
                }
            }
        }
        return new AddressAllowList(List.copyOf(ranges));
    }

    public boolean allowsEveryone() {
        return ranges.isEmpty();
    }

    public boolean allows(String clientAddress) {
        if (allowsEveryone()) {
            return true;
        }
        byte[] client = literal(clientAddress);
        return client != null && ranges.stream().anyMatch(range -> range.contains(client));
    }

    /** The bytes of a literal address, or null for anything else. */
    private static byte[] literal(String address) {
        return IpLiteral.parse(address).map(InetAddress::getAddress).orElse(null);
    }

    private record Range(byte[] network, int prefixLength) {

        static Range of(String entry) {
            int slash = entry.indexOf('/');
            byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
            }
            int bits = network.length * Byte.SIZE;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("Not a CIDR prefix length: " + entry, notANumber);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("CIDR prefix length out of range: " + entry);
            }
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int hostBits = network.length * Byte.SIZE - prefixLength;
            return new BigInteger(1, address)
                    .shiftRight(hostBits)
                    .equals(new BigInteger(1, network).shiftRight(hostBits));
        }
    }
}
