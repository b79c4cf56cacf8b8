package dev.pims.membership;

import dev.pims.audit.AccessedCategories;
import dev.pims.shared.DataCategory;
import java.util.EnumSet;
import java.util.Set;

/**
 * A membership just ended (policy §4B, §6A, §11). The DELETE record names the legal representative's category only
 * when a child's representative left the operational store with the account (§9).
 */
public record Withdrawal(long memberId, boolean withLegalRepresentative) implements AccessedCategories {

    @Override
    public Set<DataCategory> accessedCategories() {
        Set<DataCategory> withdrawn = EnumSet.allOf(DataCategory.class);
        if (!withLegalRepresentative) {
            withdrawn.remove(DataCategory.LEGAL_REPRESENTATIVE);
        }
        return withdrawn;
    }
}
