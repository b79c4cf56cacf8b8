package dev.pims.consent;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** The partners a member's consent to a provision stands for now, and the history of those consents, newest first. */
public record MyPartnerConsents(Set<Long> given, List<PartnerConsentEntry> history) implements Serializable {

    public MyPartnerConsents {
        given = Set.copyOf(given);
        history = List.copyOf(history);
    }

    /** Whether the member's consent to the partner stands now. */
    public boolean givenTo(long partnerId) {
        return given.contains(partnerId);
    }
}
