package dev.pims.partners;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The registry of partners (policy §3A, §3B). It holds no member's data, so it is off the audited road; the container
 * checks the roles: the privacy officer keeps it, the auditors read it, and anyone sees the active partners, which the
 * sign-up and consent pages offer as optional consents.
 */
public interface PartnerRegistry {

    /** Every partner, active or not, by name: for the privacy officer and the auditors. */
    List<PartnerView> all();

    /** The partners offered for consent now, by name: for anyone. */
    List<PartnerView> active();

    /** An active partner of that id, for anyone: what a consent may be given to. */
    Optional<PartnerView> activePartner(long id);

    /**
     * @return the new partner's id
     * @throws PartnerRefusal {@code NAME_TAKEN}
     */
    long register(@NotNull @Valid PartnerForm form);

    /**
     * Offers the partner for consent, or stops offering it: an inactive partner receives no provision; the consents
     * given to it stay as they are, with their records.
     *
     * @throws PartnerRefusal {@code NO_SUCH_PARTNER}
     */
    void setActive(long id, boolean active);
}
