package dev.pims.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.pims.payments.PaymentKind;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A payment has a positive amount, an item, a time and its method's kind and masked label. */
class PaymentRecordTest {

    private static final LocalDateTime PAID = LocalDateTime.of(2026, 12, 6, 10, 0);
    private static final String LABEL = "••••-••••-••••-1111";

    @Test
    void aPaymentIsShownAsItWasMade() {
        PaymentRecord record = new PaymentRecord(1, 2, PAID, 29_000, "Monthly plan", PaymentKind.CARD, LABEL);
        assertThat(record.toEntry().amount()).isEqualTo(29_000);
        assertThat(record.toEntry().methodLabel()).isEqualTo(LABEL);
    }

    @Test
    void aPaymentWithoutAmountItemLabelOrTimeIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PaymentRecord(1, 2, PAID, 0, "Monthly plan", PaymentKind.CARD, LABEL));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PaymentRecord(1, 2, PAID, 100, " ", PaymentKind.CARD, LABEL));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PaymentRecord(1, 2, PAID, 100, "Monthly plan", PaymentKind.CARD, null));
        assertThatNullPointerException()
                .isThrownBy(() -> new PaymentRecord(1, 2, null, 100, "Monthly plan", PaymentKind.CARD, LABEL));
    }
}
