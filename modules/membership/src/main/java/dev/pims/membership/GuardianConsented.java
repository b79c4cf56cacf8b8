package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import dev.pims.shared.ConsentPurpose;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Fired within the transaction in which the legal representative of a child under 14 consented by the mailed link
 * (policy §9), so that the consents are recorded as the representative's with it or not at all.
 *
 * @param purposes the consents the child's sign-up asked for, which the representative gave
 * @param representativeName the representative's name as the sign-up gave it
 */
public record GuardianConsented(
        long memberId, Set<ConsentPurpose> purposes, String representativeName, GuardianRelationship relationship)
        implements DataSubjects {

    public GuardianConsented {
        purposes = Set.copyOf(purposes);
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
    }
}
