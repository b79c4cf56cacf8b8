package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import java.util.Collection;
import java.util.List;

/**
 * A CSV file of the selected members for a handler, with the columns of the categories the handler may see only.
 * The DOWNLOAD access record names every member in it.
 */
public record MemberExport(List<Long> memberIds, String csv) implements DataSubjects {

    public MemberExport {
        memberIds = List.copyOf(memberIds);
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return memberIds;
    }
}
