package dev.pims.mail.internal;

import dev.pims.mail.domain.ClaimedMail;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Hands a mail to the mail server through the {@code mail/pims} session, or in development writes it to the server
 * log. The mail carries the outbox's Message-ID, so that a mail sent once more after a crash between sending and
 * recording is recognisable as the same one.
 */
@ApplicationScoped
class MailTransport {

    private static final Logger LOG = Logger.getLogger(MailTransport.class.getName());

    @Resource(lookup = "mail/pims")
    private Session mailSession;

    void deliver(ClaimedMail mail, MailSettings settings) throws MessagingException {
        if (settings.smtp()) {
            Transport.send(message(mail));
        } else {
            LOG.info(() -> mail.kind().logName() + " e-mail (development delivery) to " + mail.recipient() + " "
                    + mail.messageId() + ": " + mail.subject() + System.lineSeparator() + mail.body());
        }
    }

    private MimeMessage message(ClaimedMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(mailSession) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // Sending saves the message, which would otherwise give it a new Message-ID at every attempt.
                setHeader("Message-ID", mail.messageId());
            }
        };
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        return message;
    }
}
