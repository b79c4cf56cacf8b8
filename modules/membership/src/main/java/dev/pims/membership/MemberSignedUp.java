package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import dev.pims.shared.ConsentPurpose;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Fired within the sign-up transaction, so that the consents given are recorded with the membership or not at all. */
public record MemberSignedUp(long memberId, Set<ConsentPurpose> consentsGiven) implements DataSubjects {

    public MemberSignedUp {
        consentsGiven = Set.copyOf(consentsGiven);
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
    }
}
