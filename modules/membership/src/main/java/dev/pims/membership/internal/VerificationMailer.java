package dev.pims.membership.internal;

import dev.pims.mail.MailKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Writes the verification e-mail, in the member's language, into the mail outbox in the sign-up's own transaction: it
 * is sent if and only if the sign-up commits, and a mail server that is down delays it instead of losing it. How it is
 * delivered (SMTP, or the server log in development) is the outbox's business.
 */
@ApplicationScoped
class VerificationMailer {

    @Inject
    private AccountMail mail;

    void enqueue(@Observes VerificationMailDue due) {
        mail.send(
                MailKind.VERIFICATION,
                "verification",
                due.email(),
                due.language(),
                due.memberId(),
                AccountMail.link("/verify", due.token(), due.language()));
    }
}
