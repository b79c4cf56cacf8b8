package dev.pims.staff.internal;

import dev.pims.shared.PasswordHashing;
import dev.pims.staff.StaffLoginOutcome;
import dev.pims.staff.StaffPasswordChange;
import dev.pims.staff.StaffPasswordProblem;
import dev.pims.staff.StaffPasswordRefusal;
import dev.pims.staff.StaffPasswordRules;
import dev.pims.staff.domain.StaffAccount;
import dev.pims.staff.domain.StaffAccounts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Changes a staff password after checking the current one, the rules of {@link StaffPasswordRules} and the remembered
 * former passwords. Open to callers without roles, because the forced change happens before the person is logged in;
 * the current password is the proof, and a wrong one counts towards the lockout. A locked account cannot change.
 */
@Stateless
@PermitAll
public class DefaultStaffPasswordChange implements StaffPasswordChange {

    /** The detail of a staff login record written by a password change rather than by the login page. */
    private static final String PASSWORD_CHANGE = "password change";

    @Inject
    private StaffAccounts staff;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private StaffAuthenticationSettings settings;

    @Inject
    private StaffEvents events;

    @Override
    public StaffPasswordRules rules() {
        return settings.passwordRules();
    }

    @Override
    public void change(String loginId, String currentPassword, String newPassword) throws StaffPasswordRefusal {
        StaffAccount person = staff.byLoginId(loginId)
                .orElseThrow(() -> new StaffPasswordRefusal(Set.of(StaffPasswordProblem.CURRENT_PASSWORD_WRONG)));
        if (person.isLocked(events.now())) {
            events.record(loginId, StaffLoginOutcome.LOCKED, PASSWORD_CHANGE);
            throw new StaffPasswordRefusal(Set.of(StaffPasswordProblem.CURRENT_PASSWORD_WRONG));
        }
        if (!passwords.matches(currentPassword, person.getPasswordHash())) {
            boolean lockedNow = person.failedLogin(settings.maxFailures(), events.now(), settings::lockNumber);
            events.record(
                    loginId,
                    lockedNow ? StaffLoginOutcome.LOCKED_OUT : StaffLoginOutcome.BAD_CREDENTIALS,
                    PASSWORD_CHANGE);
            throw new StaffPasswordRefusal(Set.of(StaffPasswordProblem.CURRENT_PASSWORD_WRONG));
        }
        StaffPasswordRules rules = settings.passwordRules();
        Set<StaffPasswordProblem> problems = rules.problemsOf(person.getLoginId(), newPassword);
        if (person.latestPasswordHashes().stream().anyMatch(former -> passwords.matches(newPassword, former))) {
            problems.add(StaffPasswordProblem.REUSED);
        }
        if (!problems.isEmpty()) {
            throw new StaffPasswordRefusal(problems);
        }
        person.changePassword(passwords.hash(newPassword), events.now(), rules.rememberedPasswords());
        events.record(loginId, StaffLoginOutcome.PASSWORD_CHANGED);
    }
}
