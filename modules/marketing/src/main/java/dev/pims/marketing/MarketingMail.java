package dev.pims.marketing;

/** Marketing e-mail as the rest of PIMS names it: the jobs that send it and the page its mails link to. */
public final class MarketingMail {

    /**
     * The daily job that tells each member whose consent to marketing e-mail turns two years old (or two years after
     * the last such notice) what they agreed to and how to withdraw.
     */
    public static final String RECONFIRMATION_JOB = "marketing.reconfirmation";

    /** The sweep, every minute, that writes the mails of the newsletters the privacy officer asked to send. */
    public static final String NEWSLETTER_JOB = "marketing.newsletters";

    /** Where a member withdraws the consent; every marketing mail links to it. */
    public static final String CONSENTS_PAGE = "/my/consents";

    private MarketingMail() {}
}
