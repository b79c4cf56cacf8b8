package dev.pims.mail.testing.pause;

import dev.pims.mail.MailKind;
import dev.pims.mail.MailOutbox;
import dev.pims.mail.OutgoingMail;
import dev.pims.mail.TemplatedMail;
import dev.pims.store.testing.held.HeldUntilKilled;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test only: holds a mail job inside a chunk, so that a test can kill the server there. Every mail job (dormancy
 * notices, transfer notices, marketing reconfirmations, newsletters) writes a chunk's mails in one batch, rendered or
 * templated, and its own records of them after, in the chunk's transaction. When the system property {@value #KIND} names a mail kind (cleared when taken), the batch
 * of that kind after {@value #AFTER_BATCHES} batches of it is written and then stops, before the chunk writes its records
 * and commits: it writes the file named by {@value #SIGNAL} (atomically), holding the number of mails of the batch, and
 * waits until the server dies.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class OutboxPause implements MailOutbox {

    /** The system property naming the {@link dev.pims.mail.MailKind} whose batch stops; cleared when taken. */
    public static final String KIND = "pims.test.outbox-pause-kind";
    /** The system property: after how many batches of the kind the next one stops. */
    public static final String AFTER_BATCHES = "pims.test.outbox-pause-after-batches";
    /** The system property naming the file written when a batch has stopped. */
    public static final String SIGNAL = "pims.test.outbox-pause-signal";

    /** The batches of the armed kind written since it was armed. */
    private static final AtomicInteger BATCHES = new AtomicInteger();

    @Inject
    @Delegate
    @Any
    private MailOutbox outbox;

    @Override
    public List<Long> enqueueAll(List<OutgoingMail> mails) {
        List<Long> ids = outbox.enqueueAll(mails);
        pauseAfter(mails.isEmpty() ? null : mails.getFirst().kind(), mails.size());
        return ids;
    }

    @Override
    public List<Long> enqueueAllTemplated(List<TemplatedMail> mails) {
        List<Long> ids = outbox.enqueueAllTemplated(mails);
        pauseAfter(mails.isEmpty() ? null : mails.getFirst().kind(), mails.size());
        return ids;
    }

    /** Stops here when this batch, of this kind (null: empty), is the armed kind's batch to stop at. */
    private static void pauseAfter(MailKind kindOfTheBatch, int mailsOfTheBatch) {
        String kind = System.getProperty(KIND);
        if (kind != null
                && kindOfTheBatch != null
                && kindOfTheBatch.name().equals(kind)
                && BATCHES.incrementAndGet() > Integer.parseInt(System.getProperty(AFTER_BATCHES))) {
            System.clearProperty(KIND);
            BATCHES.set(0);
            HeldUntilKilled.signalAndHold(Path.of(System.getProperty(SIGNAL)), Integer.toString(mailsOfTheBatch));
        }
    }
}
