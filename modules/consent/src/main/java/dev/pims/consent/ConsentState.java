package dev.pims.consent;

import dev.pims.shared.ConsentPurpose;
import java.io.Serializable;

/** Whether a member's consent to one purpose stands now. */
public record ConsentState(ConsentPurpose purpose, boolean given) implements Serializable {

    /** Whether the purpose is a condition of membership, so that its consent cannot be withdrawn. */
    public boolean required() {
        return purpose.isRequired();
    }

    /** Whether the consent is agreed for a period on the page of what it concerns, not given here. */
    public boolean forAPeriod() {
        return purpose.isForAPeriod();
    }
}
