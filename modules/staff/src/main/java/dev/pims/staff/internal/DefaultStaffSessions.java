package dev.pims.staff.internal;

import dev.pims.staff.StaffSessions;
import dev.pims.staff.domain.StaffAccounts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.OptionalInt;

/** Answers the session check of every staff request: it reads one column through the login id's unique index. */
@Stateless
@PermitAll
public class DefaultStaffSessions implements StaffSessions {

    @Inject
    private StaffAccounts staff;

    @Override
    public OptionalInt rightsVersionOf(String loginId) {
        return staff.rightsVersionOf(loginId);
    }
}
