package dev.pims.mail;

/** What a mail is for: the outbox keeps it with the mail, and the development log names it. */
public enum MailKind {
    /** The link that verifies a new member's e-mail address (membership, at sign-up). */
    VERIFICATION("Verification"),
    /** That the account becomes dormant soon unless the member logs in (dormancy, 30 days before; policy §4C). */
    DORMANCY_NOTICE("Dormancy notice"),
    /** The one-time link that brings a dormant account back, sent when its member logs in (membership; policy §4C). */
    RESTORE_LINK("Restore link"),
    /** The privacy officer's reply to an inquiry or complaint, to the reply address the sender gave (inquiry; §12). */
    INQUIRY_REPLY("Inquiry reply");

    private final String logName;

    MailKind(String logName) {
        this.logName = logName;
    }

    /** How the development log names mails of this kind ("Verification e-mail (development delivery) to …"). */
    public String logName() {
        return logName;
    }
}
