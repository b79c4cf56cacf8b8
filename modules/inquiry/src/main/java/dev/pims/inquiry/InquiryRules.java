package dev.pims.inquiry;

/** The limits and shapes of what an inquiry holds, shared by the forms and the table (V1__inquiries.sql). */
public final class InquiryRules {

    public static final int SUBJECT_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int ADDRESS_MAX = 254;
    public static final int NAME_MAX = 100;
    /** One line a person types: no markup brackets and no control characters. */
    public static final String PLAIN_LINE = "[^<>\\p{Cntrl}]*";
    /** Text that may span lines: no markup brackets, no control characters but line breaks and tabs. */
    public static final String PLAIN_TEXT = "[^<>\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    /** An e-mail address as the sign-up takes it: one @, a dot in the domain, no spaces or brackets. */
    public static final String EMAIL = "[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+";

    private InquiryRules() {}
}
