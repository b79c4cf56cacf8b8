package dev.pims.mail.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Attempts a mail once right after the transaction that put it in the outbox commits, on a container thread, so that
 * a verification mail arrives in seconds and the committing request does not wait for the mail server. If that
 * attempt fails, or never happens (the server stops first), the sweep sends the mail when it is due.
 */
@ApplicationScoped
class ImmediateDelivery {

    private static final Logger LOG = Logger.getLogger(ImmediateDelivery.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Inject
    private MailDelivery delivery;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        try {
            executor.execute(() -> attempt(queued.mailId()));
        } catch (RejectedExecutionException stopping) {
            LOG.info(() -> "Mail " + queued.mailId() + " is left to the sweep: " + stopping.getMessage());
        }
    }

    private void attempt(long mailId) {
        try {
            delivery.attempt(mailId);
        } catch (RuntimeException failure) {
            // The outbox could not be read or written (the store is stopping, say): the mail stays due for the sweep.
            LOG.log(Level.WARNING, "Mail " + mailId + " is left to the sweep", failure);
        }
    }
}
