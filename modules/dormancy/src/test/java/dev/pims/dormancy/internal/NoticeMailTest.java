package dev.pims.dormancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.mail.MailKind;
import dev.pims.mail.MailTemplate;
import dev.pims.mail.TemplatedMail;
import dev.pims.membership.DormancyCandidates.Candidate;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NoticeMailTest {

    private static final LocalDateTime LAST_ACTIVE = LocalDateTime.of(2025, 3, 27, 9, 15);
    private static final LocalDateTime DORMANT_FROM = LocalDateTime.of(2026, 3, 27, 9, 15);
    private static final String BASE = "https://pims.example.com";

    private Locale before;

    /** The JVM's default locale must not choose the language: the member's does. */
    @BeforeEach
    void aKoreanDefaultLocale() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.KOREA);
    }

    @AfterEach
    void restoreTheDefaultLocale() {
        Locale.setDefault(before);
    }

    @Test
    void theOutboxKeepsTheRecipientTheLanguageAndTheTwoDates() {
        TemplatedMail mail = NoticeMail.to(candidate("en"), DORMANT_FROM);

        assertThat(mail.kind()).isEqualTo(MailKind.DORMANCY_NOTICE).isEqualTo(new NoticeMail().kind());
        assertThat(mail.recipient()).isEqualTo("idle@example.com");
        assertThat(mail.memberId()).isEqualTo(7L);
        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.values()).containsExactly("2026-03-27T09:15", "2025-03-27T09:15");
    }

    @Test
    void anEnglishMemberIsToldTheDateWhatHappensHowToStayActiveAndWhereToAgreeToAPeriod() {
        MailTemplate.MailText mail = textFor("en");

        assertThat(mail.subject()).isEqualTo("Your PIMS account becomes dormant on 2026-03-27 09:15 UTC");
        assertThat(mail.body())
                .contains("since 2025-03-27 09:15 UTC")
                .contains("log in before 2026-03-27 09:15 UTC")
                .contains("kept apart from the data of active members")
                .contains("1, 3 or 5 years")
                .contains(BASE + "/my/profile/stay-active?lang=en")
                .doesNotContain("{");
    }

    @Test
    void aKoreanMemberIsToldInKorean() {
        MailTemplate.MailText mail = textFor("ko");

        assertThat(mail.subject()).isEqualTo("PIMS 계정이 2026-03-27 09:15 UTC에 휴면 상태로 전환됩니다");
        assertThat(mail.body())
                .contains("2026-03-27 09:15 UTC 전에 PIMS에 로그인")
                .contains("분리하여 보관")
                .contains("1년, 3년 또는 5년")
                .contains(BASE + "/my/profile/stay-active?lang=ko")
                .doesNotContain("{");
    }

    @Test
    void aLanguagePimsDoesNotSpeakGetsEnglish() {
        assertThat(textFor("fr").subject()).startsWith("Your PIMS account");
    }

    @Test
    void theKoreanAndEnglishTextsHaveTheSameKeys() throws IOException {
        assertThat(keysOf("notice_ko.properties")).isEqualTo(keysOf("notice.properties"));
        assertThat(keysOf("retention_ko.properties")).isEqualTo(keysOf("retention.properties"));
    }

    private static java.util.Set<Object> keysOf(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = NoticeMail.class.getResourceAsStream("/dev/pims/dormancy/" + file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts.keySet();
    }

    /** The text made when the notice to a member of that language is sent. */
    private static MailTemplate.MailText textFor(String language) {
        TemplatedMail queued = NoticeMail.to(candidate(language), DORMANT_FROM);
        return new NoticeMail().text(queued.language(), queued.values(), BASE);
    }

    private static Candidate candidate(String language) {
        return new Candidate(7, "idle@example.com", language, LAST_ACTIVE, DORMANT_FROM);
    }
}
