package dev.pims.membership;

import dev.pims.audit.AccessDetail;
import dev.pims.audit.DataSubjects;
import dev.pims.shared.ConsentPurpose;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the legal representative of a child under 14 is asked to consent to (policy §9), as the consent and refusal
 * pages show it: the child's name and address, and the consents of the sign-up, whose items and purposes
 * {@link CollectionNotice} words.
 */
public record GuardianRequest(
        long memberId, String childName, String childEmail, Set<ConsentPurpose> purposes, String language)
        implements DataSubjects, AccessDetail, Serializable {

    public GuardianRequest {
        purposes = Set.copyOf(purposes);
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
    }

    @Override
    public String accessDetail() {
        return CareOfLegalRepresentative.DETAIL;
    }
}
