package dev.pims.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IP address written out as a literal, read without ever asking a name server: dotted IPv4 ({@code 192.0.2.7}, no
 * leading zeros, which some readers take for octal) or IPv6 with its colons ({@code 2001:db8::7}, {@code ::1}), an
 * IPv6 zone ({@code %eth0}) ignored. {@link InetAddress#getByName} alone would look up anything else as a host name,
 * {@code cafe} or {@code 999.1.1.1} as well, and an address a client chose (a forwarding header) must never cost a
 * lookup.
 */
public final class IpLiteral {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    /** Begins as {@link InetAddress#getByName} expects of a literal and has a colon: parsed, or refused, never looked up. */
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F:.]*:[0-9a-fA-F:.]*(%[0-9A-Za-z_.-]+)?");

    private IpLiteral() {}

    /** The address, or empty for null, a host name or anything else that is no literal. */
    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher ipv4 = IPV4.matcher(text);
        if (ipv4.matches()) {
            return ipv4(ipv4);
        }
        if (IPV6.matcher(text).matches()) {
            int zone = text.indexOf('%');
            try {
                return Optional.of(InetAddress.getByName(zone < 0 ? text : text.substring(0, zone)));
            } catch (UnknownHostException notAnAddress) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<InetAddress> ipv4(Matcher octets) {
        byte[] address = new byte[4];
        for (int i = 0; i < address.length; i++) {
            String octet = octets.group(i + 1);
            int value = Integer.parseInt(octet);
            if (value > 255 || (octet.length() > 1 && octet.startsWith("0"))) {
                return Optional.empty();
            }
            address[i] = (byte) value;
        }
        try {
            return Optional.of(InetAddress.getByAddress(address));
        } catch (UnknownHostException neverForFourBytes) {
            return Optional.empty();
        }
    }
}
