package dev.pims.marketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.mail.MailKind;
import dev.pims.mail.OutgoingMail;
import dev.pims.marketing.NewsletterState;
import dev.pims.marketing.domain.Newsletter;
import dev.pims.membership.MemberAddresses.Addressee;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class MarketingMailTest {

    private static final LocalDateTime GIVEN = LocalDateTime.of(2024, 3, 7, 9, 30);
    private static final Addressee KOREAN = new Addressee(7, "kim@example.com", "ko");
    private static final Addressee ENGLISH = new Addressee(8, "lee@example.com", "en");

    @Test
    void theReconfirmationSaysWhatWasAgreedWhenAndWhereToWithdrawInTheMembersLanguage() {
        ReconfirmationMail mail = new ReconfirmationMail("https://pims.example");

        OutgoingMail korean = mail.to(KOREAN, GIVEN);
        assertThat(korean.kind()).isEqualTo(MailKind.MARKETING_RECONFIRMATION);
        assertThat(korean.recipient()).isEqualTo("kim@example.com");
        assertThat(korean.memberId()).isEqualTo(7L);
        assertThat(korean.subject()).contains("2024-03-07").contains("수신동의");
        assertThat(korean.body())
                .contains("2024-03-07")
                .contains("광고성 정보")
                .contains("철회")
                .contains("https://pims.example/my/consents?lang=ko");

        OutgoingMail english = mail.to(ENGLISH, GIVEN);
        assertThat(english.subject()).contains("2024-03-07").contains("marketing e-mail");
        assertThat(english.body())
                .contains("withdraw")
                .contains("Art. 50(8)")
                .contains("https://pims.example/my/consents?lang=en");
    }

    @Test
    void aNewsletterIsTheOfficersTextInTheMembersLanguageWithWhyAndHowToStop() {
        Newsletter newsletter = new Newsletter(
                3,
                "봄 소식",
                "Spring news",
                "새 기능을 소개합니다.",
                "Meet our new features.",
                NewsletterState.SENDING,
                GIVEN,
                "staff:officer2",
                GIVEN,
                null,
                null);
        NewsletterMail mail = new NewsletterMail("https://pims.example");

        OutgoingMail korean = mail.of(newsletter, KOREAN, GIVEN);
        assertThat(korean.kind()).isEqualTo(MailKind.NEWSLETTER);
        assertThat(korean.subject()).isEqualTo("봄 소식");
        assertThat(korean.body())
                .startsWith("새 기능을 소개합니다.")
                .contains("2024-03-07")
                .contains("https://pims.example/my/consents?lang=ko");

        OutgoingMail english = mail.of(newsletter, ENGLISH, GIVEN);
        assertThat(english.subject()).isEqualTo("Spring news");
        assertThat(english.body())
                .startsWith("Meet our new features.")
                .contains("https://pims.example/my/consents?lang=en");
    }
}
