package dev.pims.membership;

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

/** The sign-up form accepts exactly what the policy asks for, and names the field of every mistake. */
class SignUpFormTest {

    private static Validator validator;

    @BeforeAll
    static void validator() {
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @Test
    void aCompleteFormWithTheRequiredConsentsIsValid() {
        assertThat(violatedFields(validForm())).isEmpty();
    }

    @Test
    void theRequiredConsentsAreRequiredAndTheOptionalOneIsNot() {
        SignUpForm form = validForm();
        form.setAcceptsTermsOfUse(false);
        form.setAcceptsCollection(false);
        form.setAcceptsMarketingEmail(false);
        assertThat(violatedFields(form)).containsExactlyInAnyOrder("acceptsTermsOfUse", "acceptsCollection");
    }

    @Test
    void onlyTheConsentsTickedAreGiven() {
        SignUpForm form = validForm();
        assertThat(form.consentsGiven())
                .extracting(Enum::name)
                .containsExactlyInAnyOrder("TERMS_OF_USE", "PERSONAL_INFORMATION_COLLECTION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "no-at-sign", "a@b", "two@@example.com", "<x>@example.com"})
    void aMalformedEmailIsRefused(String email) {
        SignUpForm form = validForm();
        form.setEmail(email);
        assertThat(violatedFields(form)).containsExactly("email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"short1", "onlyletterslong", "1234567890123", ""})
    void aWeakPasswordIsRefused(String password) {
        SignUpForm form = validForm();
        form.setPassword(password);
        assertThat(violatedFields(form)).containsOnly("password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "line\u0000break", "tab\there"})
    void markupAndControlCharactersAreRefusedInNames(String name) {
        SignUpForm form = validForm();
        form.getDetails().setName(name);
        assertThat(violatedFields(form)).containsExactly("details.name");
    }

    @Test
    void nonBmpCharactersAndApostrophesAreNamesLikeAnyOther() {
        SignUpForm form = validForm();
        form.getDetails().setName("O'Brien 😀𠜎");
        assertThat(violatedFields(form)).isEmpty();
    }

    @Test
    void overlongValuesAreRefusedFieldByField() {
        SignUpForm form = validForm();
        String tenThousand = "x".repeat(10_000);
        form.getDetails().setName(tenThousand);
        form.getDetails().setCompany(tenThousand);
        form.getDetails().setIntendedUse(tenThousand);
        assertThat(violatedFields(form))
                .containsExactlyInAnyOrder("details.name", "details.company", "details.intendedUse");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02-1234-5678", "010-12-4567", "12345", "010-1234-56789"})
    void aMobileNumberMustBeAKoreanMobileNumber(String mobile) {
        SignUpForm form = validForm();
        form.getDetails().setMobilePhone(mobile);
        assertThat(violatedFields(form)).containsExactly("details.mobilePhone");
    }

    @Test
    void theImageVolumeIsBounded() {
        SignUpForm form = validForm();
        form.getDetails().setMonthlyImageVolume(-1);
        assertThat(violatedFields(form)).containsExactly("details.monthlyImageVolume");
    }

    @Test
    void theAgeQuestionMustBeAnswered() {
        SignUpForm form = validForm();
        form.setFourteenOrOlder(null);
        assertThat(violatedFields(form)).containsExactly("fourteenOrOlder");
    }

    @Test
    void aChildUnderFourteenNamesTheLegalRepresentativeAtAnAddressOfTheirOwn() {
        SignUpForm form = validForm();
        form.setFourteenOrOlder(false);
        assertThat(violatedFields(form)).containsExactly("guardianGivenWhenUnderFourteen");

        form.getGuardian().setName("홍판서");
        form.getGuardian().setEmail("MEMBER@Example.com");
        form.getGuardian().setRelationship(GuardianRelationship.PARENT);
        assertThat(violatedFields(form)).containsExactly("guardianAddressNotTheChilds");

        form.getGuardian().setEmail("parent@example.com");
        assertThat(violatedFields(form)).isEmpty();
    }

    @Test
    void nobodyFourteenOrOlderIsAskedForALegalRepresentative() {
        SignUpForm form = validForm();
        assertThat(form.underFourteen()).isFalse();
        assertThat(violatedFields(form)).isEmpty();
    }

    static SignUpForm validForm() {
        SignUpForm form = new SignUpForm();
        form.setEmail("member@example.com");
        form.setPassword("correct-horse-42");
        form.getDetails().setName("홍길동");
        form.getDetails().setMobilePhone("010-1234-5678");
        form.getDetails().setCompanyPhone("02-543-7762");
        form.setAcceptsTermsOfUse(true);
        form.setAcceptsCollection(true);
        form.setFourteenOrOlder(true);
        return form;
    }

    private static Set<String> violatedFields(SignUpForm form) {
        return validator.validate(form).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .collect(Collectors.toSet());
    }
}
