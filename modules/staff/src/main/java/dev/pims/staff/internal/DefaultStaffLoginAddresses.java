package dev.pims.staff.internal;

import dev.pims.shared.Principals;
import dev.pims.shared.RequestOrigin;
import dev.pims.staff.StaffLoginAddresses;
import dev.pims.staff.domain.StaffLoginRecords;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Reads the staff login record for the monthly inspection. An auditor on a page, or PIMS itself outside any request
 * (the monthly job), may ask; the container cannot say "a role or no request at all", so the check is made here.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.AUDITOR_ROLE)
public class DefaultStaffLoginAddresses implements StaffLoginAddresses {

    @Inject
    private StaffLoginRecords records;

    @Inject
    private RequestOrigin origin;

    @Resource
    private SessionContext session;

    @Override
    public List<NewAddressLogin> newAddressLogins(LocalDateTime from, LocalDateTime to) {
        if (origin.isHttpRequest() && !session.isCallerInRole(Principals.AUDITOR_ROLE)) {
            throw new EJBAccessException("Only an auditor or PIMS itself reads the staff logins by address");
        }
        return records.newAddressLogins(from, to);
    }
}
