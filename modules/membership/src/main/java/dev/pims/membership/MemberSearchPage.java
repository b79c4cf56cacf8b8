package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/**
 * One page of a handler's member search, and whether more follow. It names every member shown, so the SEARCH
 * access record names exactly them. No total is counted: over a million members a count would read them all.
 */
public record MemberSearchPage(List<MemberSummary> members, boolean more) implements DataSubjects, Serializable {

    public MemberSearchPage {
        members = List.copyOf(members);
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return members.stream().map(MemberSummary::memberId).toList();
    }
}
