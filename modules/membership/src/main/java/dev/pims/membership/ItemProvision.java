package dev.pims.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;

/**
 * Reads the items a third party is to receive (policy §3A–C) for the privacy officer's provision: the partners module
 * asks only for members whose consent to the partner stands, or for the member a legal request names. One PROVIDE
 * access record per call. The legal representative's fields are no item of a provision.
 */
public interface ItemProvision {

    /** The most members one provision may carry. */
    int MEMBERS_MAX = 1000;

    /**
     * @param recipient the partner or authority, as the access record's detail names it
     * @throws IllegalArgumentException for an item of the legal representative
     */
    ProvidedItems provide(
            @NotNull @NotEmpty @Size(max = MEMBERS_MAX) Collection<Long> memberIds,
            @NotNull @NotEmpty List<CareField> items,
            @NotBlank @Size(max = 300) String recipient);
}
