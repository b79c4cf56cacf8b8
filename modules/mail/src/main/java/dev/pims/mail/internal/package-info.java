/**
 * The outbox behind {@link dev.pims.mail.MailOutbox}: its JDBC repository, the attempt made right after a commit, the
 * minute-wise sweep on the job-run ledger, SMTP or log delivery, and the retention rule of settled mails.
 */
package dev.pims.mail.internal;
