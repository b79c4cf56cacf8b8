/**
 * The mail module's test support, published as its test-jar: the outbox's mails and their delivery attempts
 * ({@link dev.pims.mail.testing.MailOutboxStore}).
 */
package dev.pims.mail.testing;
