package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import dev.pims.shared.ConsentPurpose;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Fired within the transaction in which the legal representative of a child under 14 refused by the mailed link
 * (policy §9) and the sign-up's data was destroyed: the refusal is recorded, naming the relationship but not the
 * representative, whose data went with the sign-up; the would-be membership ended at {@code refusedAt}.
 */
public record GuardianRefused(
        long memberId, Set<ConsentPurpose> purposes, GuardianRelationship relationship, LocalDateTime refusedAt)
        implements DataSubjects {

    public GuardianRefused {
        purposes = Set.copyOf(purposes);
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
    }
}
