package dev.pims.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.payments.PaymentEvent;
import dev.pims.usage.UsageEvent;
import dev.pims.usage.UsageKind;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A report's fields are read by name, and every wrong one is named, whether its JSON or its record is wrong. */
class ReportFieldsTest {

    private static Validator validator;

    @BeforeAll
    static void validator() {
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @Test
    void aRightPaymentIsReadWithNothingNamed() {
        ReportFields report = ReportFields.of(
                "{\"memberId\": 42, \"methodId\": 7, \"amount\": 12900, \"item\": \"Pro plan, one month\"}", validator);

        assertThat(report.memberId()).isEqualTo(42L);
        assertThat(report.positiveWhole("methodId")).isEqualTo(7L);
        assertThat(report.checked(new PaymentEvent(report.positiveWhole("amount"), report.text("item"))))
                .isEqualTo(new PaymentEvent(12_900, "Pro plan, one month"));
        assertThat(report.invalid()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "1.5", "1e3", "\"42\"", "null", "true", "99999999999999999999"})
    void anIdThatIsNoPositiveWholeNumberIsNamed(String value) {
        ReportFields report = ReportFields.of("{\"memberId\": " + value + "}", validator);

        assertThat(report.memberId()).isNull();
        assertThat(report.invalid()).containsExactly("memberId");
    }

    @Test
    void aMissingFieldIsNamedAndEveryWrongFieldAtOnceInTheOrderOfTheirNames() {
        ReportFields report = ReportFields.of("{\"item\": 5}", validator);

        report.memberId();
        report.positiveWhole("methodId");
        report.text("item");

        assertThat(report.invalid()).containsExactly("item", "memberId", "methodId");
    }

    @Test
    void anAmountAboveTheBoundOrAnItemTooLongOrBlankIsNamedByTheRecordsConstraints() {
        ReportFields report = ReportFields.of("{}", validator);

        report.checked(new PaymentEvent(PaymentEvent.AMOUNT_MAX + 1, "x".repeat(PaymentEvent.ITEM_MAX + 1)));
        assertThat(report.invalid()).containsExactly("amount", "item");

        ReportFields blank = ReportFields.of("{}", validator);
        blank.checked(new PaymentEvent(PaymentEvent.AMOUNT_MAX, " "));
        assertThat(blank.invalid()).containsExactly("item");
    }

    @Test
    void aConstantIsReadByItsExactNameAndATextMayBeAbsentOrNull() {
        ReportFields report = ReportFields.of("{\"kind\": \"SEARCH_RUN\", \"detail\": null}", validator);
        assertThat(report.constant("kind", UsageKind.class)).isEqualTo(UsageKind.SEARCH_RUN);
        assertThat(report.text("detail")).isNull();
        assertThat(report.text("absent")).isNull();
        assertThat(report.invalid()).isEmpty();

        ReportFields wrong = ReportFields.of("{\"kind\": \"search_run\", \"detail\": [\"linen\"]}", validator);
        UsageEvent event = wrong.checked(new UsageEvent(wrong.constant("kind", UsageKind.class), wrong.text("detail")));
        assertThat(event.kind()).isNull();
        assertThat(wrong.invalid()).containsExactly("detail", "kind");
    }
}
