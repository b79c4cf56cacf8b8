package dev.pims.consent;

import dev.pims.shared.ConsentPurpose;
import jakarta.validation.constraints.NotNull;

/** A signed-in member's own consents: see them and their history, give or withdraw an optional one. */
public interface ConsentService {

    MyConsents viewMyConsents();

    void giveMyConsent(@NotNull ConsentPurpose purpose);

    /** @throws ConsentRefusal for a required purpose */
    void withdrawMyConsent(@NotNull ConsentPurpose purpose);
}
