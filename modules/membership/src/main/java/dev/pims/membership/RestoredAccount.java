package dev.pims.membership;

import dev.pims.audit.AccessedCategories;
import dev.pims.audit.DataSubjects;
import dev.pims.shared.DataCategory;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The member whose dormant account a restore link brought back (policy §4C). The access record names the legal
 * representative's category only when a child's representative came back with the account (§9).
 */
public record RestoredAccount(long memberId, boolean restoredLegalRepresentative)
        implements DataSubjects, AccessedCategories {

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
    }

    @Override
    public Set<DataCategory> accessedCategories() {
        Set<DataCategory> restored = EnumSet.allOf(DataCategory.class);
        if (!restoredLegalRepresentative) {
            restored.remove(DataCategory.LEGAL_REPRESENTATIVE);
        }
        return restored;
    }
}
