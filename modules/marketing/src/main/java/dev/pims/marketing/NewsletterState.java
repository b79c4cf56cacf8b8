package dev.pims.marketing;

/** Where a newsletter stands: being written, asked to be sent (the sweep writes its mails), or sent. */
public enum NewsletterState {
    DRAFT,
    SENDING,
    SENT
}
