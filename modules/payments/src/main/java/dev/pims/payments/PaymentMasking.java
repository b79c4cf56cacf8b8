package dev.pims.payments;

/**
 * How payment numbers are shown wherever they are shown (policy §7A, §7B): a fixed run of dots and the last four
 * digits at most, so that neither the number nor its length can be read back. A card {@code ••••-••••-••••-1234}
 * (as card slips print it); an account {@code ••••••••-1234}; a mobile number {@code 010-••••-5678}, its first three
 * digits being the carrier prefix every Korean mobile number shares, as the display-restriction guideline masks the
 * middle; an approval number is never shown, even in part ({@code ••••••}). Each takes the number's digits only.
 */
public final class PaymentMasking {

    static final String DOT = "\u2022";
    private static final int TAIL = 4;
    private static final int MOBILE_HEAD = 3;

    private PaymentMasking() {}

    /** {@code 4111111111111111} → {@code ••••-••••-••••-1111}. */
    public static String card(String digits) {
        return dots(4) + "-" + dots(4) + "-" + dots(4) + "-" + lastFour(digits);
    }

    /** {@code 11012345678901} → {@code ••••••••-8901}. */
    public static String account(String digits) {
        return dots(8) + "-" + lastFour(digits);
    }

    /** {@code 01012345678} → {@code 010-••••-5678}. */
    public static String mobile(String digits) {
        return digits.substring(0, Math.min(MOBILE_HEAD, digits.length())) + "-" + dots(4) + "-" + lastFour(digits);
    }

    /** Any approval number → {@code ••••••}: it proves a payment, and no part of it helps anyone recognise the method. */
    public static String approval() {
        return dots(6);
    }

    /** The masked label of a method's main number, by its kind. */
    public static String label(PaymentKind kind, String digits) {
        return switch (kind) {
            case CARD -> card(digits);
            case BANK_TRANSFER -> account(digits);
            case MOBILE -> mobile(digits);
        };
    }

    private static String lastFour(String digits) {
        return digits.length() <= TAIL ? dots(digits.length()) : digits.substring(digits.length() - TAIL);
    }

    private static String dots(int count) {
        return DOT.repeat(count);
    }
}
