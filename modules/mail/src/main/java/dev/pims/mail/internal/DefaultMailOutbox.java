package dev.pims.mail.internal;

import dev.pims.mail.MailKind;
import dev.pims.mail.MailOutbox;
import dev.pims.mail.OutgoingMail;
import dev.pims.mail.TemplatedMail;
import dev.pims.mail.domain.Outbox;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Writes the mail in the caller's transaction (MANDATORY: a mail without the business change that asked for it is
 * exactly what the outbox exists to prevent), and, if someone waits for it ({@link MailKind#someoneWaits()}), tells
 * {@link ImmediateDelivery} to attempt it once that commits; the sweep sends the others.
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
        return enqueueAll(List.of(mail)).getFirst();
    }

    @Override
    public List<Long> enqueueAll(List<OutgoingMail> mails) {
        return add(mails.stream()
                .map(mail -> Outbox.NewMail.rendered(mail, messageId()))
                .toList());
    }

    @Override
    public List<Long> enqueueAllTemplated(List<TemplatedMail> mails) {
        return add(mails.stream()
                .map(mail -> Outbox.NewMail.templated(mail, messageId()))
                .toList());
    }

    private List<Long> add(List<Outbox.NewMail> mails) {
        List<Long> ids = outbox.add(mails, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        for (int index = 0; index < mails.size(); index++) {
            if (mails.get(index).kind().someoneWaits()) {
                queued.fire(new MailQueued(ids.get(index)));
            }
        }
        return ids;
    }

    /** Stable across every attempt, and unique: a mail sent twice after a crash is known as the same one. */
    private static String messageId() {
        return "<" + UUID.randomUUID() + "@pims>";
    }
}
