package dev.pims.partners;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Provisions the law requires (policy §3C), by the privacy officer: recorded with authority, legal basis and
 * document, the items read as one PROVIDE access record naming the member and the authority, and a provision record the
 * member sees on their own page where the law allows telling.
 */
public interface LegalProvisions {

    /** @throws PartnerRefusal {@code NO_SUCH_MEMBER} when the member has no account in the operational store */
    LegalProvisionResult record(@NotNull @Valid LegalRequestForm form);

    /** The provisions to authorities recorded, newest first, at most {@code max}. */
    ProvisionList recent(int max);
}
