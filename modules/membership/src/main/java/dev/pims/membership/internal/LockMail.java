package dev.pims.membership.internal;

import dev.pims.mail.MailKind;
import dev.pims.mail.MailOutbox;
import dev.pims.mail.OutgoingMail;
import dev.pims.membership.domain.MemberAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Tells a member, in their language, that failed logins locked their account for a while (policy §7A, guessing): a
 * mail through the outbox, in the transaction of the login that locked it, to the address typed, which is the
 * account's (a dormant stub's hash proved it).
 */
@ApplicationScoped
class LockMail {

    @Inject
    private MailOutbox outbox;

    void send(MemberAccount member, String address, int failures, Duration lock) {
        ResourceBundle texts =
                ResourceBundle.getBundle("dev.pims.membership.mail", Locale.forLanguageTag(member.getLanguage()));
        outbox.enqueue(new OutgoingMail(
                MailKind.LOGIN_LOCKED,
                address,
                texts.getString("locked.subject"),
                MessageFormat.format(
                        texts.getString("locked.body"), Integer.toString(failures), Long.toString(lock.toMinutes())),
                member.getId()));
    }
}
