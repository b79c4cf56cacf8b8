package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import java.util.Collection;
import java.util.List;

/** The member whose dormant account a restore link brought back (policy §4C). */
public record RestoredAccount(long memberId) implements DataSubjects {

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
    }
}
