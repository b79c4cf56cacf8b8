package dev.pims.web.security;

import dev.pims.staff.StaffLogin;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The answer of the staff store to this request's login attempt, for the staff login page: Jakarta Security only
 * says whether a credential was valid, but a right password whose change is due must open the change page.
 */
@RequestScoped
public class StaffLoginAttempt {

    private StaffLogin answer;

    void answered(StaffLogin login) {
        this.answer = login;
    }

    public Optional<StaffLogin> answer() {
        return Optional.ofNullable(answer);
    }
}
