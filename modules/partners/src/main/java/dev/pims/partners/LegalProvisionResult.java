package dev.pims.partners;

import dev.pims.audit.DataSubjects;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/** A provision the law required, recorded (policy §3C): the member, and the CSV file of the items for the authority. */
public record LegalProvisionResult(long memberId, String csv, String fileName) implements DataSubjects, Serializable {

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
    }
}
