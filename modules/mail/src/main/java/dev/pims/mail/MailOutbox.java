package dev.pims.mail;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Where a module puts a mail to send (LIFECYCLE "Mail outbox"): the mail becomes a row in the caller's transaction, so
 * it is sent if and only if the business change that asked for it commits. Right after the commit one attempt is made
 * at once; the job {@value #SWEEP_JOB} sends what is still due every minute, with back-off between attempts.
 */
public interface MailOutbox {

    /** The job on the job-run ledger that delivers the due mails. */
    String SWEEP_JOB = "mail.outbox";

    /**
     * Puts the mail in the outbox, in the caller's transaction, which must exist.
     *
     * @return the mail's id in the outbox
     * @throws jakarta.ejb.EJBTransactionRequiredException outside a transaction
     */
    long enqueue(@NotNull @Valid OutgoingMail mail);

    /**
     * Puts the mails in the outbox in one batch, in the caller's transaction, which must exist: for a job's chunk.
     *
     * @return the mails' ids in the outbox, in the order of the mails
     * @throws jakarta.ejb.EJBTransactionRequiredException outside a transaction
     */
    List<Long> enqueueAll(@NotNull List<@NotNull @Valid OutgoingMail> mails);

    /**
     * Puts the mails in the outbox in one batch, in the caller's transaction, which must exist: for a job's chunk of
     * mails whose text their kind's {@link MailTemplate} makes when each is sent.
     *
     * @return the mails' ids in the outbox, in the order of the mails
     * @throws jakarta.ejb.EJBTransactionRequiredException outside a transaction
     */
    List<Long> enqueueAllTemplated(@NotNull List<@NotNull @Valid TemplatedMail> mails);
}
