package dev.pims.dormancy.internal;

import dev.pims.dormancy.DormancyNotices;
import dev.pims.mail.MailKind;
import dev.pims.mail.OutgoingMail;
import dev.pims.membership.DormancyCandidates.Candidate;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The notice as the member reads it, from this module's {@code notice} bundle in the member's language (Korean or
 * English; any other gets English): the date, what happens then, that a login keeps the account active, and the link
 * to agree to keep it active for an agreed period.
 */
final class NoticeMail {

    private static final String BUNDLE = "dev.pims.dormancy.notice";

    private NoticeMail() {}

    static OutgoingMail to(Candidate member, LocalDateTime dormantFrom, String publicBaseUrl) {
        Locale locale = Locale.forLanguageTag(member.language());
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                NoticeMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(texts.getString("notice.date"), locale);
        Object[] values = {
            dates.format(dormantFrom),
            publicBaseUrl + DormancyNotices.STAY_ACTIVE_PAGE + "?lang=" + locale.getLanguage(),
            dates.format(member.lastActiveAt())
        };
        return new OutgoingMail(
                MailKind.DORMANCY_NOTICE,
                member.email(),
                new MessageFormat(texts.getString("notice.subject"), locale).format(values),
                new MessageFormat(texts.getString("notice.body"), locale).format(values),
                member.memberId());
    }
}
