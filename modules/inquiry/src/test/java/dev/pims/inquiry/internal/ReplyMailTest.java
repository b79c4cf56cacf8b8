package dev.pims.inquiry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.inquiry.InquiryForm;
import dev.pims.inquiry.domain.InquiryCase;
import dev.pims.mail.MailKind;
import dev.pims.mail.OutgoingMail;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The reply goes to the reply address, in the language the inquiry was written in, with the case's number. */
class ReplyMailTest {

    @Test
    void aKoreanInquiryGetsItsReplyInKorean() throws Exception {
        OutgoingMail mail = ReplyMail.to(caseOf("ko", 41L, 7), "열람 요청하신 내용을 보내 드립니다.");
        assertThat(mail.kind()).isEqualTo(MailKind.INQUIRY_REPLY);
        assertThat(mail.recipient()).isEqualTo("reply@example.com");
        assertThat(mail.memberId()).isEqualTo(41L);
        assertThat(mail.subject()).isEqualTo("[PIMS] 문의 7번에 대한 답변: 열람 요청");
        assertThat(mail.body()).contains("열람 요청하신 내용을 보내 드립니다.").contains("개인정보 보호책임자: 전재영");
    }

    @Test
    void anEnglishInquiryFromThePublicFormGetsItsReplyInEnglish() throws Exception {
        OutgoingMail mail = ReplyMail.to(caseOf("en", null, 1234), "Here is what we hold.");
        assertThat(mail.memberId()).isNull();
        assertThat(mail.subject()).isEqualTo("[PIMS] Reply to your inquiry no. 1234: 열람 요청");
        assertThat(mail.body())
                .contains("privacy officer's reply to your inquiry no. 1234")
                .contains("Here is what we hold.");
    }

    /** A case as the store gives it back: its id is the store's, so the test sets it as JPA would. */
    private static InquiryCase caseOf(String language, Long memberId, long id) throws Exception {
        InquiryForm form = new InquiryForm();
        form.setSubject("열람 요청");
        form.setText("text");
        form.setReplyTo("reply@example.com");
        form.setLanguage(language);
        InquiryCase inquiry = new InquiryCase(memberId, form, LocalDateTime.of(2026, 12, 1, 9, 0));
        Field idField = InquiryCase.class.getDeclaredField("id");
        idField.setAccessible(true);
        idField.set(inquiry, id);
        return inquiry;
    }
}
