package dev.pims.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.payments.PaymentMethodRules.Problem;
import dev.pims.payments.PaymentRefusal.Reason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Card numbers by length and Luhn, expiries by the clock, and each kind's fields. */
class PaymentMethodRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4111 1111 1111 1111",
                "4111-1111-1111-1111",
                "4111111111111111",
                "5500 0000 0000 0004",
                "3400 0000 0000 009",
                "4222222222222",
                "6011000000000000001"
            })
    void cardNumbersOfThirteenToNineteenDigitsPassingLuhnAreAccepted(String number) {
        assertThat(PaymentMethodRules.isCardNumber(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4111 1111 1111 1112",
                "411111111111",
                "41111111111111111113",
                "4111.1111.1111.1111",
                "4111 1111 1111 111a",
                "",
                "   "
            })
    void cardNumbersFailingLuhnLengthOrDigitsAreRefused(String number) {
        assertThat(PaymentMethodRules.isCardNumber(number)).isFalse();
        assertThat(PaymentMethodRules.isCardNumber(null)).isFalse();
    }

    @Test
    void theCheckDigitMakesAnyPartialNumberPassLuhn() {
        for (String partial : List.of("411111111111111", "9123456789012", "0", "999999999999999999")) {
            String number = partial + PaymentMethodRules.luhnCheckDigit(partial);
            assertThat(PaymentMethodRules.passesLuhn(number)).as(number).isTrue();
        }
    }

    @Test
    void aValidCardOfThisMonthHasNoProblem() {
        assertThat(PaymentMethodRules.problemsOf(card("4111 1111 1111 1111", 12, 2026), TODAY))
                .isEmpty();
    }

    @Test
    void aCardOfLastMonthHasExpiredAndABadNumberIsNamedWithoutItsValue() {
        List<Problem> problems = PaymentMethodRules.problemsOf(card("4111 1111 1111 1112", 11, 2026), TODAY);
        assertThat(problems)
                .containsExactly(
                        new Problem("number", Reason.CARD_NUMBER_INVALID),
                        new Problem("expiryMonth", Reason.CARD_EXPIRED));
        assertThat(new PaymentRefusal(Reason.CARD_NUMBER_INVALID).getMessage())
                .isEqualTo("CARD_NUMBER_INVALID")
                .doesNotContain("4111");
    }

    @Test
    void aCardWithoutExpiryOrCompanyOrWithAnExpiryTooFarAheadIsRefused() {
        PaymentMethodForm form = card("4111111111111111", null, 2027);
        form.setProvider(" ");
        assertThat(PaymentMethodRules.problemsOf(form, TODAY))
                .containsExactly(
                        new Problem("provider", Reason.PROVIDER_REQUIRED),
                        new Problem("expiryMonth", Reason.EXPIRY_REQUIRED));
        assertThat(PaymentMethodRules.problemsOf(card("4111111111111111", 1, Integer.MAX_VALUE), TODAY))
                .containsExactly(new Problem("expiryMonth", Reason.EXPIRY_REQUIRED));
        assertThat(PaymentMethodRules.problemsOf(card("4111111111111111", 1, Integer.MIN_VALUE), TODAY))
                .containsExactly(new Problem("expiryMonth", Reason.CARD_EXPIRED));
    }

    @Test
    void aBankAccountNeedsItsBankHolderAndEightToTwentyDigits() {
        PaymentMethodForm account = new PaymentMethodForm();
        account.setKind(PaymentKind.BANK_TRANSFER);
        account.setProvider("Demo Bank");
        account.setHolderName("홍길동");
        account.setNumber("110-123-456789");
        assertThat(PaymentMethodRules.problemsOf(account, TODAY)).isEmpty();
        account.setNumber("1234567");
        account.setHolderName(null);
        assertThat(PaymentMethodRules.problemsOf(account, TODAY))
                .containsExactly(
                        new Problem("holderName", Reason.HOLDER_REQUIRED),
                        new Problem("number", Reason.ACCOUNT_NUMBER_INVALID));
    }

    @Test
    void aMobilePaymentNeedsAKoreanMobileNumberAndAnApprovalNumber() {
        PaymentMethodForm mobile = new PaymentMethodForm();
        mobile.setKind(PaymentKind.MOBILE);
        mobile.setHolderName("홍길동");
        mobile.setNumber("010-1234-5678");
        mobile.setApprovalNumber("123456");
        assertThat(PaymentMethodRules.problemsOf(mobile, TODAY)).isEmpty();
        mobile.setNumber("02-123-4567");
        mobile.setApprovalNumber("12");
        mobile.setHolderName("x".repeat(PaymentMethodRules.NAME_MAX + 1));
        assertThat(PaymentMethodRules.problemsOf(mobile, TODAY))
                .containsExactly(
                        new Problem("holderName", Reason.NAME_TOO_LONG),
                        new Problem("number", Reason.MOBILE_NUMBER_INVALID),
                        new Problem("approvalNumber", Reason.APPROVAL_NUMBER_INVALID));
    }

    @Test
    void aFormWithoutKindIsRefusedForItsKindOnly() {
        PaymentMethodForm form = new PaymentMethodForm();
        form.setKind(null);
        assertThat(PaymentMethodRules.problemsOf(form, TODAY))
                .containsExactly(new Problem("kind", Reason.KIND_REQUIRED));
    }

    @Test
    void forgettingTheNumbersKeepsTheRest() {
        PaymentMethodForm form = card("4111111111111111", 1, 2027);
        form.setApprovalNumber("123456");
        form.forgetNumbers();
        assertThat(form.getNumber()).isNull();
        assertThat(form.getApprovalNumber()).isNull();
        assertThat(form.getProvider()).isEqualTo("Demo Card");
        assertThat(form.toString()).doesNotContain("4111");
    }

    private static PaymentMethodForm card(String number, Integer month, Integer year) {
        PaymentMethodForm form = new PaymentMethodForm();
        form.setKind(PaymentKind.CARD);
        form.setProvider("Demo Card");
        form.setNumber(number);
        form.setExpiryMonth(month);
        form.setExpiryYear(year);
        return form;
    }
}
