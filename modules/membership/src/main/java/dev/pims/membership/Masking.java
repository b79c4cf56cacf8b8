package dev.pims.membership;

/**
 * How member care shows personal data until a handler asks to see more (policy §7B: least exposure): the middle of
 * a phone number, the local part of an e-mail address after its first letter, the middle of a name.
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

    private static String masked(int length) {
        return String.valueOf(MASK).repeat(Math.max(length, 0));
    }
}
