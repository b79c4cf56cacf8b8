package dev.pims.staff.internal;

import dev.pims.staff.StaffConsoleRefusals;
import dev.pims.staff.StaffLoginOutcome;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Records a request refused by the staff console's address allow-list as an {@code ADDRESS_REFUSED} staff login
 * record, in a transaction of its own. The staff login record, not the access record, is its place: no personal
 * data was touched, and it stands beside the failed logins an investigation of the console reads together.
 */
@Stateless
@PermitAll
public class DefaultStaffConsoleRefusals implements StaffConsoleRefusals {

    @Inject
    private StaffEvents events;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refusedAddress(String clientAddress, String requestPath) {
        events.recordFrom(clientAddress, null, StaffLoginOutcome.ADDRESS_REFUSED, requestPath);
    }
}
