package dev.pims.mail;

/** What a mail is for: the outbox keeps it with the mail, and the development log names it. */
public enum MailKind {
    /** The link that verifies a new member's e-mail address (membership, at sign-up). */
    VERIFICATION("Verification"),
    /** That the account becomes dormant soon unless the member logs in (dormancy, 30 days before; policy §4C). */
    DORMANCY_NOTICE("Dormancy notice"),
    /** The one-time link that brings a dormant account back, sent when its member logs in (membership; policy §4C). */
    RESTORE_LINK("Restore link"),
    /** That failed logins locked the account for a while (membership, at the lock; policy §7A). */
    LOGIN_LOCKED("Login lock");

    private final String logName;

    MailKind(String logName) {
        this.logName = logName;
    }

    /** How the development log names mails of this kind ("Verification e-mail (development delivery) to …"). */
    public String logName() {
        return logName;
    }
}
