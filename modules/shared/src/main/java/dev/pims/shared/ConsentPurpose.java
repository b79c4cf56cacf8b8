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
    KEEP_ACCOUNT_ACTIVE(false, true);

    private final boolean required;
    private final boolean forAPeriod;

    ConsentPurpose(boolean required, boolean forAPeriod) {
        this.required = required;
        this.forAPeriod = forAPeriod;
    }

    public boolean isRequired() {
        return required;
    }

    /** Agreed until a date, on the page of what it concerns, rather than given and withdrawn on the consent page. */
    public boolean isForAPeriod() {
        return forAPeriod;
    }
}
