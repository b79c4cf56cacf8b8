package dev.pims.staff.internal;

import dev.pims.shared.Principals;
import dev.pims.staff.AccessRightsHistory;
import dev.pims.staff.RightsChange;
import dev.pims.staff.domain.AccessRightsRecord;
import dev.pims.staff.domain.AccessRightsRecords;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Reads the access-rights history for the privacy officer and the auditors, and for nobody else. */
@Stateless
@RolesAllowed({Principals.PRIVACY_OFFICER_ROLE, Principals.AUDITOR_ROLE})
public class DefaultAccessRightsHistory implements AccessRightsHistory {

    @Inject
    private AccessRightsRecords records;

    @Override
    public long size() {
        return records.count();
    }

    @Override
    public List<RightsChange> newestFirst(int first, int pageSize) {
        return records.newestFirst(first, pageSize).stream()
                .map(AccessRightsRecord::toChange)
                .toList();
    }
}
