package dev.pims.mail.internal;

/** A mail was put in the outbox, in a transaction that has yet to commit. */
record MailQueued(long mailId) {}
