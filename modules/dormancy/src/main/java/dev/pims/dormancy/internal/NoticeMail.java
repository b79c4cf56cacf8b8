package dev.pims.dormancy.internal;

import dev.pims.dormancy.DormancyNotices;
import dev.pims.mail.MailKind;
import dev.pims.mail.OutgoingMail;
import dev.pims.membership.DormancyCandidates.Candidate;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The notice as the member reads it, from this module's {@code notice} bundle in the member's language (Korean or
 * English; any other gets English): the date, what happens then, that a login keeps the account active, and the link
 * to agree to keep it active for an agreed period.
 */
final class NoticeMail {

    private static final String BUNDLE = "dev.pims.dormancy.notice";

    /** One language's texts, their formats parsed once for all the notices of a chunk in that language. */
    private record Language(Locale locale, DateTimeFormatter dates, MessageFormat subject, MessageFormat body) {

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
                    new MessageFormat(texts.getString("notice.subject"), locale),
                    new MessageFormat(texts.getString("notice.body"), locale));
        }
    }

    private final String publicBaseUrl;
    private final Map<String, Language> languages = new HashMap<>();

    /** For one chunk, on one thread: a MessageFormat is not for several threads at once. */
    NoticeMail(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    OutgoingMail to(Candidate member, LocalDateTime dormantFrom) {
        Language language = languages.computeIfAbsent(member.language(), Language::of);
        Object[] values = {
            language.dates().format(dormantFrom),
            publicBaseUrl + DormancyNotices.STAY_ACTIVE_PAGE + "?lang="
                    + language.locale().getLanguage(),
            language.dates().format(member.lastActiveAt())
        };
        return new OutgoingMail(
                MailKind.DORMANCY_NOTICE,
                member.email(),
                language.subject().format(values),
                language.body().format(values),
                member.memberId());
    }
}
