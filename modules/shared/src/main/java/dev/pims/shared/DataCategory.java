package dev.pims.shared;

/**
 * The categories of personal information the policy collects (policy §2A(1)), the records of service use generated
 * while the service is used (§2A(2)), the consent history (§2B), the inquiries and complaints sent to the privacy
 * officer (§12), payment information (§2A(3)), and the access records naming a member as that member reads them (§5, §11).
 * Access records name the categories a call touched; staff scopes are granted per category.
 */
public enum DataCategory {
    /** E-mail address and password (the policy's "account information"). */
    ACCOUNT,
    /** Name, mobile and company phone, company, department, job title. */
    BASIC_PROFILE,
    /** Marketing e-mail and application-service settings. */
    OPTIONAL_SETTINGS,
    /** The fields of the application form. */
    APPLICATION_FORM,
    /** The member's consents given and withdrawn. */
    CONSENT,
    /** Records of visits: logins and logouts with time, client IP and user agent (§2A(2), kept three months). */
    VISIT_RECORD,
    /** Records of bad use: a handler's reason and keyed hashes of e-mail and mobile (§2A(2), kept one year). */
    BAD_USE,
    /** Records of service use: searches run, images submitted, recommendations clicked (§2A(2)). */
    SERVICE_USAGE,
    /**
     * Inquiries and complaints to the privacy officer (§12): subject, text, reply address, an optional name, the
     * replies; records of consumer complaints, kept three years from closing (§4).
     */
    INQUIRY,
    /**
     * The access records naming a member (§2A(2), safety-measures standard Art. 8), as the member reads who accessed
     * their data (§5, §11): time, the actor's role, task, categories, outcome; never the actor's name or address.
     */
    ACCESS_LOG,
    /**
     * The legal representative of a member under 14 (§9): name, e-mail address and relationship to the child, given at
     * the child's sign-up; kept with the child's account and destroyed with it.
     */
    LEGAL_REPRESENTATIVE,
    /**
     * The records of provisions of a member's data to third parties (policy §3): to which partner, by the member's
     * consent, or to which authority, as the law required, which items and when; kept five years from the provision.
     */
    PROVISION,
    /**
     * Payment information (§2A(3)): the member's payment methods (card company, card number and expiry; bank, account
     * number and holder; mobile subscriber, number and approval number), their numbers sealed by the key ring and shown
     * masked, kept while the contract lasts and destroyed at withdrawal; and the payment records (amount, item, time,
     * the method's kind and masked label), kept five years from the payment (§4B, Act on Consumer Protection in
     * Electronic Commerce).
     */
    PAYMENT
}
