package dev.pims.mail;

/** Where a mail of the outbox is. */
public enum MailState {
    /** Not delivered yet: due at its next attempt time, or being attempted. */
    PENDING,
    /** Handed to the mail server (or, in development, written to the log). */
    SENT,
    /** Every allowed attempt failed ({@code pims.mail.max-attempts}); nobody tries again. */
    GIVEN_UP
}
