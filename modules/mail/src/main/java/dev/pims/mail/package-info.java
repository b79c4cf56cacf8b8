/**
 * The mail outbox as the sending modules see it: {@link dev.pims.mail.MailOutbox} takes a mail the sender has rendered
 * from its own ko/en bundle and writes it in the sender's transaction; delivery, retries and the record of each attempt
 * are this module's.
 */
package dev.pims.mail;
