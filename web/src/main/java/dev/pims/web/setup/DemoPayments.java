package dev.pims.web.setup;

import dev.pims.payments.PaymentEvent;
import dev.pims.payments.PaymentKind;
import dev.pims.payments.PaymentMethodForm;
import dev.pims.payments.PaymentMethodRules;
import dev.pims.payments.SyntheticPayments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * The demo's payment information (policy §2A(3)), for {@link DemoData}: a member gets a card and a bank account, kept
 * since six years and a day, and payments spread over the six years, so that the retention rule of payment records
 * has records due at the first start and the member's and the handler's pages show something. The card numbers are
 * made up (prefix 9, which no card network issues) with a valid Luhn check digit; its own random numbers leave the rest
 * of the demo's as they were.
 */
@ApplicationScoped
class DemoPayments {

    private static final int DAYS_IN_SIX_YEARS = 6 * 365;
    private static final String[] ITEMS = {
        "Image recognition API, monthly plan", "Image search credits (1,000)", "Recommendation engine, annual plan"
    };
    private static final long[] AMOUNTS = {29_000, 9_900, 290_000};

    @Inject
    private SyntheticPayments payments;

    private final Random random = new Random(2020_02_02L);

    void give(long member, LocalDateTime now) {
        LocalDateTime since = now.minusYears(6).minusDays(1);
        long card = payments.addMethodAsOf(member, card(since), since);
        long account = payments.addMethodAsOf(member, account(), since);
        for (int payment = 3 + random.nextInt(8); payment > 0; payment--) {
            int which = random.nextInt(ITEMS.length);
            payments.recordAsOf(
                    member,
                    random.nextBoolean() ? card : account,
                    new PaymentEvent(AMOUNTS[which], ITEMS[which]),
                    now.minusDays(random.nextInt(DAYS_IN_SIX_YEARS)));
        }
    }

    private PaymentMethodForm card(LocalDateTime since) {
        String partial = "9" + digits(14);
        PaymentMethodForm form = new PaymentMethodForm();
        form.setKind(PaymentKind.CARD);
        form.setProvider("Demo Card");
        form.setNumber(partial + PaymentMethodRules.luhnCheckDigit(partial));
        // Renewed over the years, as cards are: valid today for one to four more years.
        form.setExpiryMonth(1 + random.nextInt(12));
        form.setExpiryYear(since.getYear() + 7 + random.nextInt(4));
        return form;
    }

    private PaymentMethodForm account() {
        PaymentMethodForm form = new PaymentMethodForm();
        form.setKind(PaymentKind.BANK_TRANSFER);
        form.setProvider("Demo Bank");
        form.setHolderName("Demo Holder");
        form.setNumber(digits(12));
        return form;
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int d = 0; d < count; d++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}
