package dev.pims.mail;

/** What a mail is for: the outbox keeps it with the mail, and the development log names it. */
public enum MailKind {
    /** The link that verifies a new member's e-mail address (membership, at sign-up). */
    VERIFICATION("Verification");

    private final String logName;

    MailKind(String logName) {
        this.logName = logName;
    }

    /** How the development log names mails of this kind ("Verification e-mail (development delivery) to …"). */
    public String logName() {
        return logName;
    }
}
