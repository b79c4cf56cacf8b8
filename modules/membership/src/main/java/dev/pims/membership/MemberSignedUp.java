package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import dev.pims.shared.ConsentPurpose;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Fired within the sign-up transaction, so that the consents given are recorded with the membership or not at all:
 * those of §2B, and those to partners (§3A), by the partners' ids.
 */
public record MemberSignedUp(long memberId, Set<ConsentPurpose> consentsGiven, Set<Long> partnersConsented)
        implements DataSubjects {

    public MemberSignedUp {
        consentsGiven = Set.copyOf(consentsGiven);
        partnersConsented = Set.copyOf(partnersConsented);
    }

    /** A sign-up that consented to no partner (policy §3A). */
    public MemberSignedUp(long memberId, Set<ConsentPurpose> consentsGiven) {
        this(memberId, consentsGiven, Set.of());
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
    }
}
