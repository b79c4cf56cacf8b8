package dev.pims.consent;

import dev.pims.shared.ConsentPurpose;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDateTime;

/**
 * Consents given at a past time, for {@code ./pims start --demo}, so that what falls due years after a consent has
 * work at the first start (the reconfirmation of marketing consents two years on, policy §1D). Only PIMS itself may
 * call it (start-up code, never an HTTP request); each record is written under the policy version in force on its day.
 */
public interface SyntheticConsents {

    /** The member gave the consent on the consents page at {@code at}. */
    void giveAsOf(long memberId, @NotNull ConsentPurpose purpose, @NotNull @PastOrPresent LocalDateTime at);
}
