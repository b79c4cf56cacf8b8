package dev.pims.shared;

/**
 * What a member may consent to. Required purposes are a condition of membership (policy §2A(1), §2B); optional
 * ones may be given or withdrawn at any time without affecting the membership (§1D). One is agreed for a period
 * chosen on the profile page and lapses by itself: keeping the account active however idle (§4C).
 */
public enum ConsentPurpose {
    TERMS_OF_USE(true, false),
    PERSONAL_INFORMATION_COLLECTION(true, false),
    MARKETING_EMAIL(false, false),
    KEEP_ACCOUNT_ACTIVE(false, true),
    /**
     * Provision of the member's data to one third party (policy §3A, §3B): one consent per partner, each optional and
     * never pre-ticked; its records name the partner.
     */
    THIRD_PARTY_PROVISION(false, false);

    private final boolean required;
    private final boolean forAPeriod;

    ConsentPurpose(boolean required, boolean forAPeriod) {
        this.required = required;
        this.forAPeriod = forAPeriod;
    }

    public boolean isRequired() {
        return required;
    }

    /** Given to each partner apart (its records name the partner), so it is no single consent of the consent page. */
    public boolean isPerPartner() {
        return this == THIRD_PARTY_PROVISION;
    }

    /** Agreed until a date, on the page of what it concerns, rather than given and withdrawn on the consent page. */
    public boolean isForAPeriod() {
        return forAPeriod;
    }
}
