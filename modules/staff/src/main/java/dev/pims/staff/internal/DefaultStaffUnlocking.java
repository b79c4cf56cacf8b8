package dev.pims.staff.internal;

import dev.pims.shared.Principals;
import dev.pims.staff.StaffLoginOutcome;
import dev.pims.staff.StaffUnlocking;
import dev.pims.staff.domain.StaffAccount;
import dev.pims.staff.domain.StaffAccounts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Only the privacy officer lifts a lockout before it expires (policy §7B); the unlock is recorded with the officer's
 * name. The operator can too, with the server stopped ({@code ./pims staff unlock}, {@link UnlockStaff}).
 */
@Stateless
@RolesAllowed(Principals.PRIVACY_OFFICER_ROLE)
public class DefaultStaffUnlocking implements StaffUnlocking {

    @Inject
    private StaffAccounts staff;

    @Inject
    private StaffEvents events;

    @Resource
    private SessionContext session;

    @Override
    public boolean unlock(String loginId) {
        Optional<StaffAccount> locked =
                staff.byLoginId(loginId.trim()).filter(account -> account.isLocked(events.now()));
        locked.ifPresent(account -> {
            account.unlock();
            events.record(
                    account.getLoginId(),
                    StaffLoginOutcome.UNLOCKED,
                    "by " + session.getCallerPrincipal().getName());
        });
        return locked.isPresent();
    }
}
