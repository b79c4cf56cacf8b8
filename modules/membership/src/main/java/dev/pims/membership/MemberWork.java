package dev.pims.membership;

import dev.pims.audit.AccessDetail;
import dev.pims.audit.DataSubjects;
import java.util.Collection;
import java.util.Map;

/**
 * Per member read, their job title and company as they wrote them (either may be null). The VIEW record names those
 * members; its detail says what for.
 */
public record MemberWork(Map<Long, Work> byMember) implements DataSubjects, AccessDetail {

    /** One member's job title and company. */
    public record Work(String jobTitle, String company) {}

    public MemberWork {
        byMember = Map.copyOf(byMember);
    }

    /** The member's work, or one of nothing known for a member who was not read. */
    public Work of(long memberId) {
        return byMember.getOrDefault(memberId, new Work(null, null));
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return byMember.keySet();
    }

    @Override
    public String accessDetail() {
        return "job title and company of " + byMember.size() + " members, for a de-identified dataset";
    }
}
