package dev.pims.membership.internal;

import dev.pims.mail.MailKind;
import dev.pims.membership.domain.MemberAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Tells a member, in their language, that failed logins locked their account for a while (policy §7A, guessing): a
 * mail through the outbox, in the transaction of the login that locked it, to the address typed, which is the
 * account's (a dormant stub's hash proved it).
 */
@ApplicationScoped
class LockMail {

    @Inject
    private AccountMail mail;

    void send(MemberAccount member, String address, int failures, Duration lock) {
        mail.send(
                MailKind.LOGIN_LOCKED,
                "locked",
                address,
                member.getLanguage(),
                member.getId(),
                Integer.toString(failures),
                Long.toString(lock.toMinutes()));
    }
}
