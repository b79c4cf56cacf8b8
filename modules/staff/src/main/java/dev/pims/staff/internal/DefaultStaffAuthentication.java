package dev.pims.staff.internal;

import dev.pims.keyring.KeyRing;
import dev.pims.shared.PasswordHashing;
import dev.pims.staff.SecondFactorEnrolment;
import dev.pims.staff.StaffAuthentication;
import dev.pims.staff.StaffLogin;
import dev.pims.staff.StaffLoginOutcome;
import dev.pims.staff.domain.StaffAccount;
import dev.pims.staff.domain.StaffAccounts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks staff credentials against the staff store only: a member account can never log in as staff. Every attempt
 * costs one password hash, known login or not, locked or not, so that timing tells nothing; every attempt is recorded
 * with its outcome in the transaction that counts the failure. The right password opens a short window for the code;
 * a code outside it logs nobody in, whatever its digits.
 */
@Stateless
@PermitAll
public class DefaultStaffAuthentication implements StaffAuthentication {

    /** How long a right password waits for its code: time to open the app, not to walk away. */
    private static final Duration CODE_WINDOW = Duration.ofMinutes(5);

    private static final String SECOND_STEP = "code";
    private static final String ENROLLED = "second factor enrolled";

    @Inject
    private StaffAccounts staff;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private StaffAuthenticationSettings settings;

    @Inject
    private StaffEvents events;

    @Inject
    private TotpCodes totp;

    @Inject
    private KeyRing keys;

    @Override
    public StaffLogin authenticate(String loginId, String password) {
        Optional<StaffAccount> account = staff.byLoginId(loginId.trim());
        if (account.isEmpty()) {
            passwords.matchNothing(password);
            events.record(loginId, StaffLoginOutcome.UNKNOWN_LOGIN);
            return StaffLogin.refused(StaffLoginOutcome.UNKNOWN_LOGIN);
        }
        StaffAccount person = account.get();
        boolean passwordMatches = passwords.matches(password, person.getPasswordHash());
        if (passwordMatches && PasswordHashing.needsUpgrade(person.getPasswordHash())) {
            // An older hash of fewer iterations is replaced while the password is at hand (OWASP's 600 000).
            person.rehashPassword(passwords.hash(password));
        }
        StaffLogin result = check(person, passwordMatches, events.now());
        events.record(person.getLoginId(), result.outcome());
        return result;
    }

    private StaffLogin check(StaffAccount person, boolean passwordMatches, LocalDateTime now) {
        if (person.isLocked(now)) {
            return StaffLogin.refused(StaffLoginOutcome.LOCKED);
        }
        if (!passwordMatches) {
            boolean lockedNow = person.failedLogin(settings.maxFailures(), now, settings::lockNumber);
            return StaffLogin.refused(lockedNow ? StaffLoginOutcome.LOCKED_OUT : StaffLoginOutcome.BAD_CREDENTIALS);
        }
        if (person.passwordChangeDue(now, settings.maxAgeDays())) {
            return StaffLogin.passwordChangeRequired(person.getLoginId());
        }
        person.passwordAccepted(now.plus(CODE_WINDOW));
        return StaffLogin.codeRequired(person.getLoginId(), person.isSecondFactorEnrolled());
    }

    @Override
    public StaffLogin confirmCode(String loginId, String code) {
        Optional<StaffAccount> account = staff.byLoginId(loginId);
        if (account.isEmpty()) {
            events.record(loginId, StaffLoginOutcome.UNKNOWN_LOGIN, SECOND_STEP);
            return StaffLogin.refused(StaffLoginOutcome.UNKNOWN_LOGIN);
        }
        StaffAccount person = account.get();
        LocalDateTime now = events.now();
        if (person.isLocked(now)) {
            events.record(loginId, StaffLoginOutcome.LOCKED, SECOND_STEP);
            return StaffLogin.refused(StaffLoginOutcome.LOCKED);
        }
        OptionalLong step = person.secretForCodes(now, keys)
                .map(secret -> totp.stepOf(code, secret, person.lastCodeStep()))
                .orElse(OptionalLong.empty());
        if (step.isEmpty()) {
            boolean lockedNow = person.failedLogin(settings.maxFailures(), now, settings::lockNumber);
            StaffLoginOutcome outcome = lockedNow ? StaffLoginOutcome.LOCKED_OUT : StaffLoginOutcome.CODE_REJECTED;
            events.record(loginId, outcome, SECOND_STEP);
            return StaffLogin.refused(outcome);
        }
        boolean enrolledNow = person.codeAccepted(step.getAsLong(), now);
        events.record(loginId, StaffLoginOutcome.SUCCESS, enrolledNow ? ENROLLED : null);
        return new StaffLogin(
                StaffLoginOutcome.SUCCESS, person.getLoginId(), person.getRoles(), person.getCategories());
    }

    @Override
    public Optional<SecondFactorEnrolment> enrolment(String loginId) {
        LocalDateTime now = events.now();
        return staff.byLoginId(loginId)
                .flatMap(person -> person.offerSecret(now, totp::newSecret, keys))
                .map(secret -> new SecondFactorEnrolment(secret, totp.qrCodeOf(loginId, secret)));
    }
}
