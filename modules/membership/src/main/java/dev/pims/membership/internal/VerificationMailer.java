package dev.pims.membership.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the verification e-mail after the sign-up committed, in the member's language. In development
 * ({@code pims.mail.delivery=log}) the e-mail is written to the server log instead, so that no SMTP server is needed.
 */
@ApplicationScoped
class VerificationMailer {

    private static final Logger LOG = Logger.getLogger(VerificationMailer.class.getName());

    @Resource(lookup = "mail/pims")
    private Session mailSession;

    @Inject
    @ConfigProperty(name = "pims.mail.delivery", defaultValue = "log")
    private String delivery;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) VerificationMailDue due) {
        ResourceBundle texts =
                ResourceBundle.getBundle("dev.pims.membership.mail", Locale.forLanguageTag(due.language()));
        String link = due.baseUrl() + "/verify?token=" + URLEncoder.encode(due.token(), StandardCharsets.UTF_8);
        String subject = texts.getString("verification.subject");
        String body = MessageFormat.format(texts.getString("verification.body"), link);
        if ("smtp".equals(delivery)) {
            sendBySmtp(due.email(), subject, body);
        } else {
            LOG.info(() -> "Verification e-mail (development delivery) to " + due.email() + ": " + link);
        }
    }

    private void sendBySmtp(String to, String subject, String body) {
        try {
            MimeMessage message = new MimeMessage(mailSession);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException failure) {
            // The membership is committed already; the member asks for a new link by signing up again later.
            LOG.log(Level.WARNING, "The verification e-mail could not be sent", failure);
        }
    }
}
