package dev.pims.membership.internal;

import dev.pims.mail.MailKind;
import dev.pims.mail.MailOutbox;
import dev.pims.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the verification e-mail, in the member's language, into the mail outbox in the sign-up's own transaction: it
 * is sent if and only if the sign-up commits, and a mail server that is down delays it instead of losing it. How it is
 * delivered (SMTP, or the server log in development) is the outbox's business.
 */
@ApplicationScoped
class VerificationMailer {

    @Inject
    private MailOutbox outbox;

    void enqueue(@Observes VerificationMailDue due) {
        ResourceBundle texts =
                ResourceBundle.getBundle("dev.pims.membership.mail", Locale.forLanguageTag(due.language()));
        String link = due.baseUrl() + "/verify?token=" + URLEncoder.encode(due.token(), StandardCharsets.UTF_8);
        String subject = texts.getString("verification.subject");
        String body = MessageFormat.format(texts.getString("verification.body"), link);
        outbox.enqueue(new OutgoingMail(MailKind.VERIFICATION, due.email(), subject, body, due.memberId()));
    }
}
