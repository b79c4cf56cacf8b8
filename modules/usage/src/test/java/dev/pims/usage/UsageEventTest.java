package dev.pims.usage;

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

/** A reported use names its kind, and its detail is short and printable. */
class UsageEventTest {

    private static Validator validator;

    @BeforeAll
    static void validator() {
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @Test
    void aUseOfEveryKindWithOrWithoutADetailIsValid() {
        for (UsageKind kind : UsageKind.values()) {
            assertThat(violatedFields(new UsageEvent(kind, "서울 맛집 추천 item-42"))).isEmpty();
            assertThat(violatedFields(new UsageEvent(kind, null))).isEmpty();
        }
    }

    @Test
    void theKindIsRequired() {
        assertThat(violatedFields(new UsageEvent(null, "terms"))).containsExactly("kind");
    }

    @Test
    void theDetailHoldsAtMostFiveHundredCharacters() {
        assertThat(violatedFields(new UsageEvent(UsageKind.SEARCH_RUN, "가".repeat(UsageEvent.DETAIL_MAX))))
                .isEmpty();
        assertThat(violatedFields(new UsageEvent(UsageKind.SEARCH_RUN, "가".repeat(UsageEvent.DETAIL_MAX + 1))))
                .containsExactly("detail");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"a\nb", "a\rb", "a\tb", "a\u0000b", "a\u001bb", "a\u007fb", "a\u0085b", "a\u2028b", "a\u2029b"})
    void aControlCharacterOrLineSeparatorInTheDetailIsRefused(String detail) {
        assertThat(violatedFields(new UsageEvent(UsageKind.SEARCH_RUN, detail))).containsExactly("detail");
    }

    @Test
    void aBlankDetailIsNone() {
        assertThat(new UsageEvent(UsageKind.IMAGE_SUBMITTED, "   ").detail()).isNull();
        assertThat(new UsageEvent(UsageKind.IMAGE_SUBMITTED, "").detail()).isNull();
    }

    private static Set<String> violatedFields(UsageEvent event) {
        return validator.validate(event).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .collect(Collectors.toSet());
    }
}
