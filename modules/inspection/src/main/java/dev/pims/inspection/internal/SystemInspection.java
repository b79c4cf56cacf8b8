package dev.pims.inspection.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;

/**
 * The monthly job's way to the inspection, in a transaction of its own (jobs run outside one). The job runs as PIMS
 * itself, with no caller to hold the AUDITOR role, so this bean is not the auditors' service; it is internal, and the
 * access log and staff logins it reads let PIMS itself read only outside a request.
 */
@Stateless
@PermitAll
public class SystemInspection {

    static final String SYSTEM = "system";

    @Inject
    private Inspector inspector;

    /** @return the number of flags of the month's report */
    public int inspect(YearMonth month) {
        return inspector.inspect(month, SYSTEM).getFlags().size();
    }
}
