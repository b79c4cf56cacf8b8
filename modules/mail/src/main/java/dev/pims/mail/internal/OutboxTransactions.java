package dev.pims.mail.internal;

import dev.pims.mail.domain.ClaimedMail;
import dev.pims.mail.domain.Outbox;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a delivery attempt that touch the outbox, each committed on its own: the claim before the mail server
 * is spoken to (so no other sender takes the mail meanwhile), the outcome after it (whatever became of the claim).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxTransactions {

    /** What became of a failed attempt's mail. */
    public enum AfterFailure {
        RETRIED_LATER,
        GIVEN_UP
    }

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    public List<Long> due(int max) {
        return outbox.dueIds(now(), max);
    }

    public Optional<ClaimedMail> claim(long id) {
        LocalDateTime now = now();
        return outbox.claim(id, now, now.plus(MailSettings.LEASE));
    }

    public void delivered(ClaimedMail mail) {
        LocalDateTime now = now();
        outbox.recordAttempt(mail.id(), mail.attempt(), now, true, null);
        outbox.markSent(mail.id(), now);
    }

    public AfterFailure failed(ClaimedMail mail, String error, MailSettings settings) {
        LocalDateTime now = now();
        outbox.recordAttempt(mail.id(), mail.attempt(), now, false, error);
        if (mail.attempt() >= settings.maxAttempts()) {
            outbox.giveUp(mail.id(), now);
            return AfterFailure.GIVEN_UP;
        }
        outbox.retryAt(mail.id(), now.plus(MailSettings.waitAfter(mail.attempt())));
        return AfterFailure.RETRIED_LATER;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
