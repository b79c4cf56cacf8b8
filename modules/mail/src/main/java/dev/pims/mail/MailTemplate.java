package dev.pims.mail;

import java.util.List;

/**
 * The text of one kind of mail that a job writes in bulk, made when each mail is sent rather than when it is queued:
 * the outbox keeps only the recipient's language and the few values the text needs ({@link TemplatedMail}), so that a
 * run of 100 000 notices writes 100 000 short rows instead of 100 000 copies of a text. The module that queues mails
 * of a kind this way provides the one template of that kind as a CDI bean.
 */
public interface MailTemplate {

    /** The kind of mail this template writes. */
    MailKind kind();

    /**
     * The mail's subject and body in the language (one PIMS does not speak gets English), from the values the mail was
     * queued with; links start with the public address configured when the mail is sent.
     */
    MailText text(String language, List<String> values);

    /** A subject and body, ready to send. */
    record MailText(String subject, String body) {}
}
