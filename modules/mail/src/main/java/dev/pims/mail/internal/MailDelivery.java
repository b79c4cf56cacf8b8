package dev.pims.mail.internal;

import dev.pims.mail.domain.ClaimedMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One delivery attempt of one mail, outside any transaction: claim it (committed), hand it to the mail server, record
 * the outcome (committed). A crash after the server took the mail and before the outcome was recorded leaves the claim
 * to expire, and the mail is sent once more, with the same Message-ID; nothing else sends a mail twice.
 */
@ApplicationScoped
class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    /** What one call did. */
    enum Attempt {
        /** Not due, or claimed by another sender: nothing was done. */
        NOT_CLAIMED,
        SENT,
        FAILED,
        GIVEN_UP
    }

    @Inject
    private OutboxTransactions transactions;

    @Inject
    private MailTransport transport;

    @Inject
    private MailTemplates templates;

    Attempt attempt(long mailId) {
        Optional<ClaimedMail> claimed = transactions.claim(mailId);
        if (claimed.isEmpty()) {
            return Attempt.NOT_CLAIMED;
        }
        ClaimedMail mail = claimed.get();
        MailSettings settings = MailSettings.fromConfig();
        try {
            // Inside the attempt: a text that cannot be made fails the attempt, and the mail is retried and given up.
            transport.deliver(templates.withText(mail), settings);
        } catch (MessagingException | RuntimeException failure) {
            LOG.log(
                    Level.INFO,
                    "Attempt " + mail.attempt() + " of mail " + mail.id() + " (" + mail.kind() + ") failed",
                    failure);
            OutboxTransactions.AfterFailure after = transactions.failed(mail, errorText(failure), settings);
            if (after == OutboxTransactions.AfterFailure.GIVEN_UP) {
                LOG.warning(() -> "Mail " + mail.id() + " (" + mail.kind() + ", " + mail.messageId()
                        + ") given up after " + mail.attempt() + " failed attempts");
                return Attempt.GIVEN_UP;
            }
            return Attempt.FAILED;
        }
        transactions.delivered(mail);
        return Attempt.SENT;
    }

    /** The failure and its causes, one line: "connection refused" is usually a cause, not the message. */
    static String errorText(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
