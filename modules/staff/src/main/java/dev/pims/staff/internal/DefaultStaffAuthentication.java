package dev.pims.staff.internal;

import dev.pims.shared.PasswordHashing;
import dev.pims.staff.StaffAuthentication;
import dev.pims.staff.StaffLogin;
import dev.pims.staff.domain.StaffAccount;
import dev.pims.staff.domain.StaffAccounts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** Checks staff credentials against the staff store only: a member account can never log in as staff. */
@Stateless
@PermitAll
public class DefaultStaffAuthentication implements StaffAuthentication {

    @Inject
    private StaffAccounts staff;

    @Inject
    private PasswordHashing passwords;

    @Override
    public StaffLogin authenticate(String loginId, String password) {
        Optional<StaffAccount> account = staff.byLoginId(loginId.trim());
        if (account.isEmpty()) {
            passwords.matchNothing(password);
            return StaffLogin.refused();
        }
        StaffAccount person = account.get();
        if (!passwords.matches(password, person.getPasswordHash())) {
            return StaffLogin.refused();
        }
        return new StaffLogin(true, person.getLoginId(), person.getRoles(), person.getCategories());
    }
}
