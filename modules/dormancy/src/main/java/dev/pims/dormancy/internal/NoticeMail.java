package dev.pims.dormancy.internal;

import dev.pims.dormancy.DormancyNotices;
import dev.pims.mail.MailKind;
import dev.pims.mail.MailTemplate;
import dev.pims.mail.PublicUrl;
import dev.pims.mail.TemplatedMail;
import dev.pims.membership.DormancyCandidates.Candidate;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The notice as the member reads it, from this module's {@code notice} bundle in the member's language (Korean or
 * English; any other gets English): the date, what happens then, that a login keeps the account active, and the link
 * to agree to keep it active for an agreed period. The notice job queues only the two dates; the text is made when the
 * mail is sent.
 */
@ApplicationScoped
class NoticeMail implements MailTemplate {

    private static final String BUNDLE = "dev.pims.dormancy.notice";

    /** One language's texts, read once; a MessageFormat is made for each mail, since one is not for several threads. */
    private record Language(Locale locale, DateTimeFormatter dates, String subject, String body) {

        static Language of(String languageTag) {
            Locale locale = Locale.forLanguageTag(languageTag);
            ResourceBundle texts = ResourceBundle.getBundle(
                    BUNDLE,
                    locale,
                    NoticeMail.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new Language(
                    locale,
                    DateTimeFormatter.ofPattern(texts.getString("notice.date"), locale),
                    texts.getString("notice.subject"),
                    texts.getString("notice.body"));
        }
    }

    private final Map<String, Language> languages = new ConcurrentHashMap<>();

    /** The notice to the member that the account becomes dormant at that time: what the outbox keeps of it. */
    static TemplatedMail to(Candidate member, LocalDateTime dormantFrom) {
        return new TemplatedMail(
                MailKind.DORMANCY_NOTICE,
                member.email(),
                member.language(),
                List.of(dormantFrom.toString(), member.lastActiveAt().toString()),
                member.memberId());
    }

    @Override
    public MailKind kind() {
        return MailKind.DORMANCY_NOTICE;
    }

    @Override
    public MailText text(String languageTag, List<String> values) {
        return text(languageTag, values, PublicUrl.base());
    }

    MailText text(String languageTag, List<String> values, String publicBaseUrl) {
        Language language = languages.computeIfAbsent(languageTag, Language::of);
        Object[] texts = {
            language.dates().format(LocalDateTime.parse(values.get(0))),
            publicBaseUrl + DormancyNotices.STAY_ACTIVE_PAGE + "?lang="
                    + language.locale().getLanguage(),
            language.dates().format(LocalDateTime.parse(values.get(1)))
        };
        return new MailText(
                new MessageFormat(language.subject(), language.locale()).format(texts),
                new MessageFormat(language.body(), language.locale()).format(texts));
    }
}
