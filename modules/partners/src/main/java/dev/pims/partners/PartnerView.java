package dev.pims.partners;

import dev.pims.membership.CareField;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A partner of the registry (policy §3A, §3B) as the pages show it: no member's data. */
public record PartnerView(
        long id,
        String name,
        String purpose,
        List<CareField> items,
        String retention,
        boolean active,
        LocalDateTime registeredAt)
        implements Serializable {

    public PartnerView {
        items = List.copyOf(items);
    }
}
