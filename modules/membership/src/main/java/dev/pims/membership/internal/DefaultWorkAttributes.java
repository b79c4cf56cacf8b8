package dev.pims.membership.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.MemberWork;
import dev.pims.membership.ProfileDetails;
import dev.pims.membership.WorkAttributes;
import dev.pims.membership.domain.BasicProfile;
import dev.pims.membership.domain.Members;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The job title and company of members, for the privacy officer's de-identified dataset (policy §3D). The audit road
 * checks the role and writes the VIEW record, so the container lets every caller through.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.PRIVACY_OFFICER_ROLE)
public class DefaultWorkAttributes implements WorkAttributes {

    /** Members per query: an IN list Derby compiles quickly. */
    private static final int CHUNK = 500;

    @Inject
    private Members members;

    @Override
    @PersonalDataAccess(
            task = AccessTask.VIEW,
            categories = DataCategory.BASIC_PROFILE,
            roles = Principals.PRIVACY_OFFICER_ROLE)
    public MemberWork ofMembers(Collection<Long> memberIds) {
        List<Long> ids = memberIds.stream().distinct().toList();
        Map<Long, MemberWork.Work> work = new HashMap<>();
        for (int first = 0; first < ids.size(); first += CHUNK) {
            for (BasicProfile profile :
                    members.basicProfiles(ids.subList(first, Math.min(ids.size(), first + CHUNK)))) {
                ProfileDetails details = new ProfileDetails();
                profile.copyInto(details);
                work.put(profile.getMemberId(), new MemberWork.Work(details.getJobTitle(), details.getCompany()));
            }
        }
        return new MemberWork(work);
    }
}
