package dev.pims.consent;

import dev.pims.shared.ConsentPurpose;

/** Whether a member's consent to one purpose stands now. */
public class ConsentState {

    private final ConsentPurpose purpose;
    private final boolean given;

    public ConsentState(ConsentPurpose purpose, boolean given) {
        this.purpose = purpose;
        this.given = given;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public boolean isGiven() {
        return given;
    }

    public boolean isRequired() {
        return purpose.isRequired();
    }
}
