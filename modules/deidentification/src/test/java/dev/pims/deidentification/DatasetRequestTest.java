package dev.pims.deidentification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetRequestTest {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    private static DatasetRequest request(String purpose, Integer k) {
        DatasetRequest request = new DatasetRequest();
        request.setPurpose(purpose);
        request.setK(k);
        request.setFirstDay(LocalDate.of(2026, 11, 1));
        request.setLastDay(LocalDate.of(2026, 11, 30));
        return request;
    }

    private Set<String> invalid(DatasetRequest request) {
        return validator.validate(request).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aPurposeAndAKOfAtLeastFiveMakeARequest() {
        assertThat(invalid(request("Retrain the image tagger on November's uses", 5)))
                .isEmpty();
        assertThat(invalid(request("Retrain the image tagger on November's uses", 20)))
                .isEmpty();
    }

    @Test
    void kIsNeverBelowThePolicysFloorNorMissing() {
        assertThat(invalid(request("Retrain the image tagger", 4))).containsExactly("k");
        assertThat(invalid(request("Retrain the image tagger", null))).containsExactly("k");
        assertThat(invalid(request("Retrain the image tagger", DatasetRequest.K_MAX + 1)))
                .containsExactly("k");
    }

    @Test
    void thePurposeIsRequiredAndSaysSomething() {
        assertThat(invalid(request(" ", 5))).containsExactly("purpose");
        assertThat(invalid(request("train", 5))).containsExactly("purpose");
        assertThat(invalid(request("Retrain <script>", 5))).containsExactly("purpose");
    }
}
