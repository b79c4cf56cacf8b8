package dev.pims.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An inquiry has a subject, a text and a reply address that is an e-mail address; the name may be left out. */
class InquiryFormTest {

    private static Validator validator;

    @BeforeAll
    static void validator() {
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @Test
    void aCompleteInquiryWithOrWithoutANameIsValid() {
        InquiryForm form = valid();
        assertThat(violations(form)).isEmpty();
        form.setName("  ");
        assertThat(form.getName()).as("a blank name is none").isNull();
        assertThat(violations(form)).isEmpty();
    }

    @Test
    void subjectTextAndReplyAddressAreRequiredEachWithItsOwnMessage() {
        InquiryForm form = valid();
        form.setSubject(" ");
        form.setText("");
        form.setReplyTo(null);
        assertThat(violations(form))
                .containsExactlyInAnyOrder(
                        "subject {pims.inquiry.subject.required}",
                        "text {pims.inquiry.text.required}",
                        "replyTo {pims.inquiry.replyTo.required}");
    }

    @Test
    void theReplyAddressMustBeAnEmailAddress() {
        InquiryForm form = valid();
        form.setReplyTo("not an address");
        assertThat(violations(form)).containsExactly("replyTo {pims.field.email}");
    }

    @Test
    void theTextMayHaveSeveralLinesButNoMarkupAndTheSubjectOnlyOneLine() {
        InquiryForm form = valid();
        form.setText("First line.\nSecond line.\r\n\tIndented.");
        assertThat(violations(form)).isEmpty();
        form.setText("<script>alert(1)</script>");
        form.setSubject("two\nlines");
        assertThat(violations(form))
                .containsExactlyInAnyOrder("text {pims.field.plainText}", "subject {pims.field.plainText}");
    }

    @Test
    void overlongFieldsAreRefused() {
        InquiryForm form = valid();
        form.setSubject("가".repeat(InquiryRules.SUBJECT_MAX + 1));
        form.setText("가".repeat(InquiryRules.TEXT_MAX + 1));
        form.setName("가".repeat(InquiryRules.NAME_MAX + 1));
        assertThat(violations(form))
                .containsExactlyInAnyOrder(
                        "subject {pims.field.tooLong}", "text {pims.field.tooLong}", "name {pims.field.tooLong}");
    }

    @Test
    void theLanguageIsKoreanOrEnglish() {
        InquiryForm form = valid();
        form.setLanguage("fr");
        assertThat(violations(form)).containsExactly("language {pims.field.language}");
    }

    private static InquiryForm valid() {
        InquiryForm form = new InquiryForm();
        form.setSubject("내 개인정보 열람 요청");
        form.setText("제 개인정보를 어떻게 이용하는지 알려 주세요.");
        form.setReplyTo("member@example.com");
        form.setName("홍길동");
        form.setLanguage("ko");
        return form;
    }

    private static Set<String> violations(InquiryForm form) {
        return validator.validate(form).stream()
                .map(violation -> violation.getPropertyPath() + " " + violation.getMessageTemplate())
                .collect(Collectors.toSet());
    }
}
