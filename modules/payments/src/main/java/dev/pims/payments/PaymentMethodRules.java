package dev.pims.payments;

import dev.pims.payments.PaymentRefusal.Reason;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a payment method must be before PIMS keeps it (policy §2A(3)): the fields its kind needs, a card number of 13 to
 * 19 digits passing the Luhn check, an expiry not in the past, an account number of 8 to 20 digits, a Korean mobile
 * number (01X, 10 or 11 digits) and an approval number of 4 to 12 digits. Spaces and dashes between digits are allowed
 * and dropped. The page asks it for a message per field, the service again before it seals anything.
 */
public final class PaymentMethodRules {

    public static final int NAME_MAX = 100;

    /** How far ahead a card's expiry may be: cards are issued for at most five years, so twenty is a typing error. */
    static final int EXPIRY_YEARS_AHEAD = 20;

    private static final Pattern SEPARATORS = Pattern.compile("[ \\-]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern MOBILE = Pattern.compile("01[0-9]{8,9}");

    /** A field of the form and why it was refused; the field is the form's property name. */
    public record Problem(String field, Reason reason) {}

    private PaymentMethodRules() {}

    /** The number's digits without spaces and dashes, or null when anything else is in it. */
    public static String digitsOf(String number) {
        if (number == null) {
            return null;
        }
        String digits = SEPARATORS.matcher(number.strip()).replaceAll("");
        return DIGITS.matcher(digits).matches() ? digits : null;
    }

    /** Whether the number (spaces and dashes allowed) is a card number: 13 to 19 digits with a valid Luhn check digit. */
    public static boolean isCardNumber(String number) {
        String digits = digitsOf(number);
        return digits != null && digits.length() >= 13 && digits.length() <= 19 && passesLuhn(digits);
    }

    /** The Luhn (mod 10) check of ISO/IEC 7812: every second digit from the right doubled, the sum a multiple of 10. */
    static boolean passesLuhn(String digits) {
        return luhnSum(digits, false) % 10 == 0;
    }

    /** The digit that, appended to the partial number, makes it pass the Luhn check: demo and test cards are made so. */
    public static char luhnCheckDigit(String partialDigits) {
        return (char) ('0' + (10 - luhnSum(partialDigits, true) % 10) % 10);
    }

    /** The Luhn sum of the digits; {@code doubleLast} when a check digit is still to follow them. */
    private static int luhnSum(String digits, boolean doubleLast) {
        int sum = 0;
        boolean doubled = doubleLast;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum;
    }

    /** Every problem of the form, in the order of its fields; none when PIMS may keep it. */
    public static List<Problem> problemsOf(PaymentMethodForm form, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        PaymentKind kind = form.getKind();
        if (kind == null) {
            problems.add(new Problem("kind", Reason.KIND_REQUIRED));
            return problems;
        }
        if (kind != PaymentKind.MOBILE) {
            name(form.getProvider(), "provider", Reason.PROVIDER_REQUIRED, problems);
        }
        if (kind != PaymentKind.CARD) {
            name(form.getHolderName(), "holderName", Reason.HOLDER_REQUIRED, problems);
        }
        switch (kind) {
            case CARD -> {
                if (!isCardNumber(form.getNumber())) {
                    problems.add(new Problem("number", Reason.CARD_NUMBER_INVALID));
                }
                expiry(form, today, problems);
            }
            case BANK_TRANSFER -> {
                String digits = digitsOf(form.getNumber());
                if (digits == null || digits.length() < 8 || digits.length() > 20) {
                    problems.add(new Problem("number", Reason.ACCOUNT_NUMBER_INVALID));
                }
            }
            case MOBILE -> {
                String digits = digitsOf(form.getNumber());
                if (digits == null || !MOBILE.matcher(digits).matches()) {
                    problems.add(new Problem("number", Reason.MOBILE_NUMBER_INVALID));
                }
                String approval = digitsOf(form.getApprovalNumber());
                if (approval == null || approval.length() < 4 || approval.length() > 12) {
                    problems.add(new Problem("approvalNumber", Reason.APPROVAL_NUMBER_INVALID));
                }
            }
        }
        return problems;
    }

    private static void name(String value, String field, Reason required, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, required));
        } else if (value.strip().length() > NAME_MAX) {
            problems.add(new Problem(field, Reason.NAME_TOO_LONG));
        }
    }

    private static void expiry(PaymentMethodForm form, LocalDate today, List<Problem> problems) {
        Integer month = form.getExpiryMonth();
        Integer year = form.getExpiryYear();
        if (month == null || year == null || month < 1 || month > 12) {
            problems.add(new Problem("expiryMonth", Reason.EXPIRY_REQUIRED));
            return;
        }
        YearMonth thisMonth = YearMonth.from(today);
        if (year > thisMonth.getYear() + EXPIRY_YEARS_AHEAD) {
            problems.add(new Problem("expiryMonth", Reason.EXPIRY_REQUIRED));
        } else if (year < thisMonth.getYear() || YearMonth.of(year, month).isBefore(thisMonth)) {
            problems.add(new Problem("expiryMonth", Reason.CARD_EXPIRED));
        }
    }
}
