package dev.pims.partners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.membership.CareField;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A legal request names authority, basis, document, member and items; a partner names its items; neither may provide
 * the legal representative's data.
 */
class LegalRequestFormTest {

    private static Validator validator;

    @BeforeAll
    static void validator() {
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @Test
    void aCompleteRequestIsValidAndEveryPartIsRequired() {
        assertThat(violations(valid())).isEmpty();
        LegalRequestForm empty = new LegalRequestForm();
        assertThat(violations(empty))
                .containsExactlyInAnyOrder(
                        "authority {pims.field.required}",
                        "legalBasis {pims.field.required}",
                        "documentReference {pims.field.required}",
                        "memberId {pims.field.required}",
                        "items {pims.partner.items.required}");
    }

    @Test
    void aDayToTellFromIsOnlyForAProvisionTheMemberMayBeToldOf() {
        LegalRequestForm form = valid();
        form.setWithheldUntil(LocalDate.of(2027, 1, 1));
        assertThat(violations(form)).isEmpty();
        form.setMemberMayBeTold(false);
        assertThat(violations(form)).containsExactly("withheldOnlyWhenToldLater {pims.legal.withheldUntil}");
    }

    @Test
    void theLegalRepresentativesDataIsNoItem() {
        LegalRequestForm form = valid();
        form.setItems(List.of(CareField.EMAIL, CareField.GUARDIAN_NAME));
        assertThat(violations(form)).containsExactly("everyItemProvidable {pims.partner.items.providable}");
        PartnerForm partner = new PartnerForm();
        partner.setName("Partner");
        partner.setPurpose("Billing");
        partner.setRetention("1 year");
        partner.setItems(List.of(CareField.GUARDIAN_EMAIL));
        assertThat(validator.validate(partner))
                .singleElement()
                .satisfies(violation ->
                        assertThat(violation.getMessageTemplate()).isEqualTo("{pims.partner.items.providable}"));
    }

    private static LegalRequestForm valid() {
        LegalRequestForm form = new LegalRequestForm();
        form.setAuthority("Seoul Police");
        form.setLegalBasis("Criminal Procedure Act Article 215");
        form.setDocumentReference("Warrant 2026-17");
        form.setMemberId(42L);
        form.setItems(List.of(CareField.EMAIL, CareField.NAME));
        return form;
    }

    private static Set<String> violations(Object form) {
        return validator.validate(form).stream()
                .map(violation -> violation.getPropertyPath() + " " + violation.getMessageTemplate())
                .collect(Collectors.toSet());
    }
}
