package dev.pims.membership;

import dev.pims.audit.AccessedCategories;
import dev.pims.audit.DataSubjects;
import dev.pims.shared.DataCategory;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything PIMS holds about a member, by category, as the member sees it on "my profile" (policy §5). The
 * details are a mutable form, so the record keeps a copy of its own and hands out copies. A child under 14 sees their
 * legal representative too (§9); for anyone else the access record does not name that category.
 *
 * @param legalRepresentative the child's legal representative, null for a member without one
 */
public record MemberProfile(
        long memberId,
        String email,
        LocalDateTime joinedAt,
        LocalDateTime emailVerifiedAt,
        ProfileDetails details,
        Activity activity,
        LegalRepresentativeView legalRepresentative)
        implements DataSubjects, AccessedCategories {

    /**
     * When the member was last active, until when they agreed to keep the account active (null if never), and so when
     * the account becomes dormant unless they are active before (policy §4C).
     */
    public record Activity(LocalDateTime lastActiveAt, LocalDateTime keepActiveUntil, LocalDateTime dormantFrom)
            implements Serializable {}

    public MemberProfile {
        details = details.copy();
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
    }

    @Override
    public Set<DataCategory> accessedCategories() {
        Set<DataCategory> held = EnumSet.allOf(DataCategory.class);
        if (legalRepresentative == null) {
            held.remove(DataCategory.LEGAL_REPRESENTATIVE);
        }
        return held;
    }

    /** A copy: changing it changes nothing until it is handed to {@link MemberSelfService#modifyOwnProfile}. */
    @Override
    public ProfileDetails details() {
        return details.copy();
    }
}
