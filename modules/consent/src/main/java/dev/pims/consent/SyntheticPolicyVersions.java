package dev.pims.consent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDateTime;

/**
 * Publishes a made-up policy version as if it had been announced at a past time, for {@code ./pims start --demo}: the
 * notice board and the archive then have a version announced and not yet in force. Only PIMS itself may call it
 * (start-up code, never an HTTP request); the notice period of policy §13 holds as for any publication.
 */
public interface SyntheticPolicyVersions {

    /**
     * @return the version's id
     * @throws PolicyRefusal if the effective date is less than the days of notice after {@code announcedAt}
     */
    long publishAsOf(@NotNull @Valid PolicyDraft draft, @NotNull @PastOrPresent LocalDateTime announcedAt);
}
