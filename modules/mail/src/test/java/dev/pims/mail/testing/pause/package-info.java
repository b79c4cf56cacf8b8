/**
 * Test only, deployed into a server a test will kill: holds a job's chunk right after it has put its mails in the
 * outbox, before its transaction commits ({@link dev.pims.mail.testing.pause.OutboxPause}).
 */
package dev.pims.mail.testing.pause;
