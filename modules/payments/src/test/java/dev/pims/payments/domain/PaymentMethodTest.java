package dev.pims.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.pims.payments.PaymentKind;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A method holds its kind's fields and no other, its numbers only sealed, and prints none of them. */
class PaymentMethodTest {

    private static final LocalDateTime ADDED = LocalDateTime.of(2026, 12, 6, 10, 0);
    private static final String SEALED = "pims-kr1:1:c2VhbGVk";
    private static final String CARD_LABEL = "••••-••••-••••-1111";

    @Test
    void eachKindKeepsItsOwnFields() {
        card(YearMonth.of(2028, 7));
        new PaymentMethod(1, 2, PaymentKind.BANK_TRANSFER, "Bank", "홍길동", null, "••••••••-8901", SEALED, null, ADDED);
        new PaymentMethod(1, 2, PaymentKind.MOBILE, null, "홍길동", null, "010-••••-5678", SEALED, SEALED, ADDED);
    }

    @Test
    void aCardWithoutExpiryOrWithAHolderOrApprovalIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> card(null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PaymentMethod(
                        1, 2, PaymentKind.CARD, "Card", "홍길동", YearMonth.of(2028, 7), CARD_LABEL, SEALED, null, ADDED));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PaymentMethod(
                        1,
                        2,
                        PaymentKind.CARD,
                        "Card",
                        null,
                        YearMonth.of(2028, 7),
                        CARD_LABEL,
                        SEALED,
                        SEALED,
                        ADDED));
    }

    @Test
    void aMobilePaymentWithoutApprovalOrWithAProviderIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PaymentMethod(
                        1, 2, PaymentKind.MOBILE, null, "홍길동", null, "010-••••-5678", SEALED, null, ADDED));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PaymentMethod(
                        1, 2, PaymentKind.MOBILE, "Carrier", "홍길동", null, "010-••••-5678", SEALED, SEALED, ADDED));
    }

    @Test
    void aMethodWithoutLabelOrSealedNumberIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PaymentMethod(
                        1, 2, PaymentKind.CARD, "Card", null, YearMonth.of(2028, 7), " ", SEALED, null, ADDED));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PaymentMethod(
                        1, 2, PaymentKind.CARD, "Card", null, YearMonth.of(2028, 7), CARD_LABEL, null, null, ADDED));
    }

    @Test
    void itsTextHoldsNoNumberAndItsViewsOnlyTheLabel() {
        PaymentMethod method = card(YearMonth.of(2028, 7));
        assertThat(method.toString()).doesNotContain(SEALED).doesNotContain("1111");
        assertThat(method.toView().label()).isEqualTo(CARD_LABEL);
        PaymentMethod account = new PaymentMethod(
                3, 2, PaymentKind.BANK_TRANSFER, "Bank", "홍길동", null, "••••••••-8901", SEALED, null, ADDED);
        assertThat(account.toView().holderName()).isEqualTo("홍길동");
        assertThat(account.toMaskedView().holderName()).isEqualTo("홍*동");
    }

    @Test
    void aPaymentKeepsTheMethodsKindAndLabel() {
        PaymentRecord paid = card(YearMonth.of(2028, 7)).paid(9_900, "Image search credits", ADDED);
        assertThat(paid.methodKind()).isEqualTo(PaymentKind.CARD);
        assertThat(paid.methodLabel()).isEqualTo(CARD_LABEL);
        assertThat(paid.memberId()).isEqualTo(2);
    }

    private static PaymentMethod card(YearMonth expiry) {
        return new PaymentMethod(1, 2, PaymentKind.CARD, "Card", null, expiry, CARD_LABEL, SEALED, null, ADDED);
    }
}
