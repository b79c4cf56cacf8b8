package dev.pims.notices.internal;

import dev.pims.mail.MailKind;
import dev.pims.mail.OutgoingMail;
import dev.pims.membership.MemberAddresses.Addressee;
import dev.pims.notices.TransferNotice;
import dev.pims.notices.TransferNotices;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The transfer notice as the member reads it, from this module's {@code transfer} bundle in the member's language
 * (Korean or English; any other gets English): who takes the business over, how to reach them, when, what passes, and
 * that the member may withdraw before the date, with the links to the notice board and to the withdrawal.
 */
final class TransferMail {

    private static final String BUNDLE = "dev.pims.notices.transfer";

    /** One language's texts, their formats parsed once for all the mails of a chunk in that language. */
    private record Language(String tag, DateTimeFormatter dates, MessageFormat subject, MessageFormat body) {

        static Language of(String languageTag) {
            Locale locale = "ko".equals(languageTag) ? Locale.KOREAN : Locale.ENGLISH;
            ResourceBundle texts = ResourceBundle.getBundle(
                    BUNDLE,
                    locale,
                    TransferMail.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new Language(
                    locale.getLanguage(),
                    DateTimeFormatter.ofPattern(texts.getString("transfer.date"), locale),
                    new MessageFormat(texts.getString("transfer.subject"), locale),
                    new MessageFormat(texts.getString("transfer.body"), locale));
        }
    }

    private final String publicBaseUrl;
    private final Map<String, Language> languages = new HashMap<>();

    /** For one chunk, on one thread: a MessageFormat is not for several threads at once. */
    TransferMail(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    OutgoingMail to(Addressee member, TransferNotice transfer) {
        Language language = languages.computeIfAbsent(member.language(), Language::of);
        Object[] values = {
            transfer.transferee(),
            language.dates().format(transfer.transferOn()),
            transfer.contact(),
            transfer.passes(language.tag()),
            publicBaseUrl + TransferNotices.BOARD_PAGE + "?lang=" + language.tag(),
            publicBaseUrl + TransferNotices.WITHDRAW_PAGE + "?lang=" + language.tag()
        };
        return new OutgoingMail(
                MailKind.TRANSFER_NOTICE,
                member.email(),
                language.subject().format(values),
                language.body().format(values),
                member.memberId());
    }
}
