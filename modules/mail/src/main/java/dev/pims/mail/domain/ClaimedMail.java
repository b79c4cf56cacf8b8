package dev.pims.mail.domain;

import dev.pims.mail.MailKind;

/**
 * A mail claimed for one delivery attempt: the claim is committed, so no other sender attempts it until its lease ends.
 *
 * @param attempt which attempt this is (1 for the first)
 */
public record ClaimedMail(
        long id, MailKind kind, String recipient, String subject, String body, String messageId, int attempt) {}
