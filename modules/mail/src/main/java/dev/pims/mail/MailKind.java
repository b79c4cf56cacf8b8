package dev.pims.mail;

/** What a mail is for: the outbox keeps it with the mail, and the development log names it. */
public enum MailKind {
    /** The link that verifies a new member's e-mail address (membership, at sign-up). */
    VERIFICATION("Verification", true),
    /** That the account becomes dormant soon unless the member logs in (dormancy, 30 days before; policy §4C). */
    DORMANCY_NOTICE("Dormancy notice", false),
    /** The one-time link that brings a dormant account back, sent when its member logs in (membership; policy §4C). */
    RESTORE_LINK("Restore link", true),
    /** The privacy officer's reply to an inquiry or complaint, to the reply address the sender gave (inquiry; §12). */
    INQUIRY_REPLY("Inquiry reply", true),
    /** That failed logins locked the account for a while (membership, at the lock; policy §7A). */
    LOGIN_LOCKED("Login lock", true),
    /** To a member's address someone tried to sign up with: how to log in or reset the password (membership). */
    SIGN_UP_ATTEMPT("Sign-up attempt", true),
    /** The link that confirms a member's new e-mail address, sent to the new address (membership). */
    EMAIL_CHANGE_LINK("E-mail change link", true),
    /** To a member whose address another member asked to move to: nothing changed, how to reset (membership). */
    ADDRESS_TAKEN_NOTICE("Address taken notice", true),
    /** To the old address: the account's address was changed (membership, when the new one is confirmed). */
    EMAIL_CHANGED_NOTICE("E-mail changed notice", true),
    /** The one-time link of a forgotten password, valid 30 minutes (membership). */
    PASSWORD_RESET_LINK("Password reset link", true),
    /**
     * To the legal representative of a child under 14: what the sign-up collects and why, with links to consent and to
     * refuse (membership, at the sign-up; policy §9).
     */
    GUARDIAN_CONSENT_REQUEST("Guardian consent request", true),
    /** To a child's legal representative: the link to view, correct or withdraw for the child, 30 minutes (§9, §11). */
    GUARDIAN_ACCESS_LINK("Guardian access link", true),
    /** To every active member: a business transfer, its transferee and date, how to withdraw before (notices; §10). */
    TRANSFER_NOTICE("Business transfer notice", false),
    /**
     * To a member whose consent to marketing e-mail turns two years old: what they agreed to, when, and how to withdraw
     * (marketing, daily; policy §1D, Network Act Art. 50(8)).
     */
    MARKETING_RECONFIRMATION("Marketing consent reconfirmation", false),
    /** The privacy officer's newsletter, to each member whose marketing consent is live when it is written (marketing). */
    NEWSLETTER("Newsletter", false);

    private final String logName;
    private final boolean someoneWaits;

    MailKind(String logName, boolean someoneWaits) {
        this.logName = logName;
        this.someoneWaits = someoneWaits;
    }

    /**
     * Whether a person is waiting for the mail (a link asked for a moment ago): it is attempted right after its
     * transaction commits. Other mails, written by a job in their thousands, wait for the outbox's sweep (within a
     * minute), so that a run of 100 000 notices does not hand 100 000 tasks to the container's executor.
     */
    public boolean someoneWaits() {
        return someoneWaits;
    }

    /** How the development log names mails of this kind ("Verification e-mail (development delivery) to …"). */
    public String logName() {
        return logName;
    }
}
