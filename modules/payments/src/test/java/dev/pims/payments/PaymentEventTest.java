package dev.pims.payments;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A reported payment is of a positive whole amount of won within the bound, for an item of one printable line. */
class PaymentEventTest {

    private static Validator validator;

    @BeforeAll
    static void validator() {
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @Test
    void anAmountFromOneWonToTheBoundIsValid() {
        assertThat(violatedFields(new PaymentEvent(1, "Pro plan"))).isEmpty();
        assertThat(violatedFields(new PaymentEvent(PaymentEvent.AMOUNT_MAX, "프로 요금제 1개월")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, PaymentEvent.AMOUNT_MAX + 1, Long.MAX_VALUE})
    void anAmountOfNothingOrBeyondTheBoundIsRefused(long amount) {
        assertThat(violatedFields(new PaymentEvent(amount, "Pro plan"))).containsExactly("amount");
    }

    @Test
    void anItemIsOneToTwoHundredCharactersOfOneLine() {
        assertThat(violatedFields(new PaymentEvent(9900, "x".repeat(PaymentEvent.ITEM_MAX))))
                .isEmpty();
        assertThat(violatedFields(new PaymentEvent(9900, "x".repeat(PaymentEvent.ITEM_MAX + 1))))
                .containsExactly("item");
        assertThat(violatedFields(new PaymentEvent(9900, null))).containsExactly("item");
        assertThat(violatedFields(new PaymentEvent(9900, " "))).containsExactly("item");
        assertThat(violatedFields(new PaymentEvent(9900, "Pro plan\nsecond line")))
                .containsExactly("item");
    }

    private static Set<String> violatedFields(PaymentEvent event) {
        return validator.validate(event).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .collect(Collectors.toSet());
    }
}
