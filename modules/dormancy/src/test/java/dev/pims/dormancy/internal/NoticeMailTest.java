package dev.pims.dormancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.mail.MailKind;
import dev.pims.mail.OutgoingMail;
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
    void anEnglishMemberIsToldTheDateWhatHappensHowToStayActiveAndWhereToAgreeToAPeriod() {
        OutgoingMail mail = new NoticeMail(BASE).to(candidate("en"), DORMANT_FROM);

        assertThat(mail.kind()).isEqualTo(MailKind.DORMANCY_NOTICE);
        assertThat(mail.recipient()).isEqualTo("idle@example.com");
        assertThat(mail.memberId()).isEqualTo(7L);
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
        OutgoingMail mail = new NoticeMail(BASE).to(candidate("ko"), DORMANT_FROM);

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
        assertThat(new NoticeMail(BASE).to(candidate("fr"), DORMANT_FROM).subject())
                .startsWith("Your PIMS account");
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

    private static Candidate candidate(String language) {
        return new Candidate(7, "idle@example.com", language, LAST_ACTIVE, DORMANT_FROM);
    }
}
