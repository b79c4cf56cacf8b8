package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import java.util.Collection;
import java.util.List;

/** The member whose e-mail address a verification link confirmed. */
public record VerifiedEmail(long memberId) implements DataSubjects {

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
    }
}
