package dev.pims.membership;

import dev.pims.audit.AccessDetail;
import dev.pims.audit.DataSubjects;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * A child's data as their legal representative sees it by the link mailed to them (policy §9, §11): the account's
 * address and sign-up time, and every category the member's own profile shows.
 */
public record ChildProfile(long memberId, String email, LocalDateTime joinedAt, ProfileDetails details)
        implements DataSubjects, AccessDetail, Serializable {

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
    }

    @Override
    public String accessDetail() {
        return CareOfLegalRepresentative.DETAIL;
    }
}
