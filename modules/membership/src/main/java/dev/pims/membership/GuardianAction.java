package dev.pims.membership;

import dev.pims.audit.AccessDetail;
import dev.pims.audit.DataSubjects;
import java.util.Collection;
import java.util.List;

/**
 * The children a legal representative's action by a mailed link concerned (policy §9, §11), for the access record:
 * its detail names the representative as the one acting. A page shows the same answer whoever the children are.
 */
public record GuardianAction(List<Long> memberIds) implements DataSubjects, AccessDetail {

    public GuardianAction {
        memberIds = List.copyOf(memberIds);
    }

    public static GuardianAction of(long memberId) {
        return new GuardianAction(List.of(memberId));
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return memberIds;
    }

    @Override
    public String accessDetail() {
        return CareOfLegalRepresentative.DETAIL;
    }
}
