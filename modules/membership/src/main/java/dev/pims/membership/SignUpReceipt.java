package dev.pims.membership;

import dev.pims.audit.AccessedCategories;
import dev.pims.audit.DataSubjects;
import dev.pims.shared.DataCategory;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whose account a sign-up concerned: the new member waiting for the verification e-mail, or the member who has the
 * address already and was told by mail. The page answers the same for both. The access record names the legal
 * representative's category only for the sign-up of a child under 14 that stored one (policy §9).
 */
public record SignUpReceipt(long memberId, boolean storedLegalRepresentative)
        implements DataSubjects, AccessedCategories {

    public SignUpReceipt(long memberId) {
        this(memberId, false);
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
    }

    @Override
    public Set<DataCategory> accessedCategories() {
        Set<DataCategory> accessed = EnumSet.allOf(DataCategory.class);
        if (!storedLegalRepresentative) {
            accessed.remove(DataCategory.LEGAL_REPRESENTATIVE);
        }
        return accessed;
    }
}
