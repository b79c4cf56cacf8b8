package dev.pims.shared;

/**
 * What a member may consent to. Required purposes are a condition of membership (policy §2A(1), §2B); optional
 * ones may be given or withdrawn at any time without affecting the membership (§1D).
 */
public enum ConsentPurpose {
    TERMS_OF_USE(true),
    PERSONAL_INFORMATION_COLLECTION(true),
    MARKETING_EMAIL(false);

    private final boolean required;

    ConsentPurpose(boolean required) {
        this.required = required;
    }

    public boolean isRequired() {
        return required;
    }
}
