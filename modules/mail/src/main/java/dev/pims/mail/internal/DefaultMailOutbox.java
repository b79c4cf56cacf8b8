package dev.pims.mail.internal;

import dev.pims.mail.MailOutbox;
import dev.pims.mail.OutgoingMail;
import dev.pims.mail.domain.Outbox;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes the mail in the caller's transaction (MANDATORY: a mail without the business change that asked for it is
 * exactly what the outbox exists to prevent), and tells {@link ImmediateDelivery} to attempt it once that commits.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultMailOutbox implements MailOutbox {

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    @Inject
    private Event<MailQueued> queued;

    @Override
    public long enqueue(OutgoingMail mail) {
        long id = outbox.add(mail, messageId(), LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        queued.fire(new MailQueued(id));
        return id;
    }

    /** Stable across every attempt, and unique: a mail sent twice after a crash is known as the same one. */
    private static String messageId() {
        return "<" + UUID.randomUUID() + "@pims>";
    }
}
