/**
 * The mail outbox as the sending modules see it: {@link dev.pims.mail.MailOutbox} takes a mail the sender has rendered
 * from its own ko/en bundle, or one its {@link dev.pims.mail.MailTemplate} renders when it is sent, and writes it in the
 * sender's transaction; delivery, retries and the record of each attempt are this module's.
 */
package dev.pims.mail;
