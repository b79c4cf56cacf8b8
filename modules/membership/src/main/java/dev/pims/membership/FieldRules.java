package dev.pims.membership;

/** The formats that the forms and the services agree on; one definition, so that both check the same thing. */
public final class FieldRules {

    /** Text a person types on one line: no markup brackets and no control characters. */
    public static final String PLAIN_LINE = "[^<>\\p{Cntrl}]*";
    /** Text that may span lines: as {@link #PLAIN_LINE}, but line breaks and tabs are allowed. */
    public static final String PLAIN_TEXT = "[^<>\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    /** A Korean mobile number, with or without hyphens, e.g. 010-1234-5678. */
    public static final String MOBILE_PHONE = "01[016789]-?[0-9]{3,4}-?[0-9]{4}";
    /** A Korean landline number, with or without hyphens, or nothing. */
    public static final String COMPANY_PHONE = "(0[0-9]{1,2}-?[0-9]{3,4}-?[0-9]{4})?";
    /** An address with a dot in its domain: stricter than {@code @Email}, which accepts {@code a@b}. */
    public static final String EMAIL = "[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+";
    /** At least one letter and one digit; the length is checked apart, so that the message can say which rule failed. */
    public static final String PASSWORD = "(?s)(?=.*\\p{L})(?=.*[0-9]).*";

    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;

    private FieldRules() {}
}
