package dev.pims.inquiry.internal;

import dev.pims.inquiry.domain.InquiryCase;
import dev.pims.mail.MailKind;
import dev.pims.mail.OutgoingMail;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The privacy officer's reply as its reader gets it, from this module's {@code reply} bundle in the language the case
 * was sent in (Korean or English): the case's number and subject, the reply, and who answers (policy §12).
 */
final class ReplyMail {

    private static final String BUNDLE = "dev.pims.inquiry.reply";

    private ReplyMail() {}

    static OutgoingMail to(InquiryCase inquiry, String reply) {
        Locale locale = Locale.forLanguageTag(inquiry.language());
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                ReplyMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] values = {String.valueOf(inquiry.id()), inquiry.subject(), reply};
        return new OutgoingMail(
                MailKind.INQUIRY_REPLY,
                inquiry.replyTo(),
                new MessageFormat(texts.getString("reply.subject"), locale).format(values),
                new MessageFormat(texts.getString("reply.body"), locale).format(values),
                inquiry.memberId());
    }
}
