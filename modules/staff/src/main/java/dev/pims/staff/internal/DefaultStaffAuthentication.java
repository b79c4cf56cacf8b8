package dev.pims.staff.internal;

import dev.pims.shared.PasswordHashing;
import dev.pims.staff.StaffAuthentication;
import dev.pims.staff.StaffLogin;
import dev.pims.staff.StaffLoginOutcome;
import dev.pims.staff.domain.StaffAccount;
import dev.pims.staff.domain.StaffAccounts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Checks staff credentials against the staff store only: a member account can never log in as staff. Every attempt
 * costs one password hash, known login or not, locked or not, so that timing tells nothing; every attempt is recorded
 * with its outcome in the transaction that counts the failure.
 */
@Stateless
@PermitAll
public class DefaultStaffAuthentication implements StaffAuthentication {

    @Inject
    private StaffAccounts staff;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private StaffAuthenticationSettings settings;

    @Inject
    private StaffEvents events;

    @Override
    public StaffLogin authenticate(String loginId, String password) {
        Optional<StaffAccount> account = staff.byLoginId(loginId.trim());
        if (account.isEmpty()) {
            passwords.matchNothing(password);
            events.record(loginId, StaffLoginOutcome.UNKNOWN_LOGIN);
            return StaffLogin.refused(StaffLoginOutcome.UNKNOWN_LOGIN);
        }
        StaffAccount person = account.get();
        StaffLogin result = check(person, passwords.matches(password, person.getPasswordHash()), events.now());
        events.record(person.getLoginId(), result.outcome());
        return result;
    }

    private StaffLogin check(StaffAccount person, boolean passwordMatches, LocalDateTime now) {
        if (person.isLocked()) {
            return StaffLogin.refused(StaffLoginOutcome.LOCKED);
        }
        if (!passwordMatches) {
            boolean lockedNow = person.failedLogin(settings.maxFailures(), now);
            return StaffLogin.refused(lockedNow ? StaffLoginOutcome.LOCKED_OUT : StaffLoginOutcome.BAD_CREDENTIALS);
        }
        person.passwordVerified();
        if (person.passwordChangeDue(now, settings.maxAgeDays())) {
            return StaffLogin.passwordChangeRequired(person.getLoginId());
        }
        return new StaffLogin(StaffLoginOutcome.SUCCESS, person.getLoginId(), person.getRoles(), person.getCategories());
    }
}
