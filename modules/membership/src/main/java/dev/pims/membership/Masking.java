package dev.pims.membership;

/**
 * How member care shows personal data until a handler asks to see more (policy §7B: least exposure): the middle of
 * a phone number, the local part of an e-mail address after its first letter, the middle of a name, a part of an IP
 * address.
 */
public final class Masking {

    private static final char MASK = '*';
    private static final int PHONE_HEAD = 3;
    private static final int PHONE_TAIL = 4;

    private Masking() {}

    /** {@code 010-1234-5678} → {@code 010-****-5678}; {@code 01012345678} → {@code 010****5678}. */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        String[] groups = phone.split("-", -1);
        if (groups.length == 3) {
            return groups[0] + "-" + masked(groups[1].length()) + "-" + groups[2];
        }
        if (phone.length() <= PHONE_HEAD + PHONE_TAIL) {
            return masked(phone.length() - PHONE_TAIL) + phone.substring(phone.length() - PHONE_TAIL);
        }
        return phone.substring(0, PHONE_HEAD)
                + masked(phone.length() - PHONE_HEAD - PHONE_TAIL)
                + phone.substring(phone.length() - PHONE_TAIL);
    }

    /** {@code hong@example.com} → {@code h***@example.com}. */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return masked(email.length());
        }
        return email.charAt(0) + masked(Math.max(at - 1, 3)) + email.substring(at);
    }

    /** {@code 홍길동} → {@code 홍*동}; {@code 홍길} → {@code 홍*}; {@code Jane Doe} → {@code J******e}. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int[] letters = name.codePoints().toArray();
        if (letters.length == 1) {
            return String.valueOf(MASK);
        }
        if (letters.length == 2) {
            return new String(letters, 0, 1) + MASK;
        }
        return new String(letters, 0, 1) + masked(letters.length - 2) + new String(letters, letters.length - 1, 1);
    }

    /**
     * The third group of an IPv4 address, the last group of an IPv6 address (as the Korean display-restriction
     * guideline masks bits 17–24 and 113–128), with as many stars whatever the digits, so that the
     * length tells nothing: {@code 203.0.113.7} → {@code 203.0.***.7}; {@code 2001:db8::8a2e:370:7334}
     * → {@code 2001:db8::8a2e:370:****}. Anything else, e.g. the system's own address, is shown as it is.
     */
    public static String ip(String address) {
        if (address == null) {
            return null;
        }
        String[] octets = address.split("\\.", -1);
        if (octets.length == 4) {
            return octets[0] + "." + octets[1] + "." + masked(3) + "." + octets[3];
        }
        int lastColon = address.lastIndexOf(':');
        if (lastColon >= 0 && lastColon < address.length() - 1) {
            return address.substring(0, lastColon + 1) + masked(4);
        }
        return address;
    }

    private static String masked(int length) {
        return String.valueOf(MASK).repeat(Math.max(length, 0));
    }
}
