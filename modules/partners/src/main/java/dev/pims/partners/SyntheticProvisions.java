package dev.pims.partners;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The demo's partner and its history of provisions, for {@code ./pims start --demo}. Only PIMS itself may call it
 * (start-up code, never an HTTP request), and every call is an audited INPUT like any other. The caller gives only the
 * demo's members who consented to the partner at sign-up: unlike {@link Provisions}, this does not ask the consent
 * module, whose check is the privacy officer's.
 */
public interface SyntheticProvisions {

    /** @return the partner's id; that of the partner of the same name when one is registered already */
    long registerPartner(@NotNull @Valid PartnerForm form);

    /** Records a provision of the partner's items of the consenting members, as if made at a past time. */
    ProvisionList provideAsOf(
            long partnerId, @NotNull @NotEmpty List<Long> memberIds, @NotNull @PastOrPresent LocalDateTime at);
}
