package dev.pims.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Masked numbers show a fixed run of dots and at most the last four digits, whatever the number's length. */
class PaymentMaskingTest {

    @Test
    void aCardShowsItsLastFourDigitsAsCardSlipsDo() {
        assertThat(PaymentMasking.card("4111111111111234")).isEqualTo("••••-••••-••••-1234");
        assertThat(PaymentMasking.card("4222222222222")).isEqualTo("••••-••••-••••-2222");
        assertThat(PaymentMasking.label(PaymentKind.CARD, "6011000000000000004"))
                .isEqualTo("••••-••••-••••-0004");
    }

    @Test
    void anAccountShowsItsLastFourDigitsAndNotItsLength() {
        assertThat(PaymentMasking.account("11012345678901")).isEqualTo("••••••••-8901");
        assertThat(PaymentMasking.account("12345678")).isEqualTo("••••••••-5678");
        assertThat(PaymentMasking.label(PaymentKind.BANK_TRANSFER, "99998888")).isEqualTo("••••••••-8888");
    }

    @Test
    void aMobileNumberShowsItsCarrierPrefixAndLastFourDigits() {
        assertThat(PaymentMasking.mobile("01012345678")).isEqualTo("010-••••-5678");
        assertThat(PaymentMasking.mobile("0111234567")).isEqualTo("011-••••-4567");
        assertThat(PaymentMasking.label(PaymentKind.MOBILE, "01098765432")).isEqualTo("010-••••-5432");
    }

    @Test
    void anApprovalNumberIsNeverShownAndAShortNumberNotEvenInPart() {
        assertThat(PaymentMasking.approval()).isEqualTo("••••••");
        assertThat(PaymentMasking.card("1234")).isEqualTo("••••-••••-••••-••••");
        assertThat(PaymentMasking.account("12")).isEqualTo("••••••••-••");
    }
}
