package dev.pims.mail;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

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
}
