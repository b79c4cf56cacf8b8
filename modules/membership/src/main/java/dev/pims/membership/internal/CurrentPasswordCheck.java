package dev.pims.membership.internal;

import dev.pims.membership.CurrentPasswordRefused;
import dev.pims.membership.MembershipRefusal.Reason;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.shared.PasswordHashing;
import dev.pims.shared.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The current password a signed-in member types to change the account's address or password, or to withdraw (policy
 * §7A). A wrong one counts as a failed login of the account's address ({@link LoginGuard}), so that a session in other
 * hands cannot guess the password there instead: as many failures in a row lock the address for the login and these
 * forms alike, and the member is told by mail.
 */
@ApplicationScoped
class CurrentPasswordCheck {

    @Inject
    private PasswordHashing passwords;

    @Inject
    private LoginGuard guard;

    @Inject
    private LockMail lockMail;

    @Inject
    private BadUseKey keys;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    /** @throws CurrentPasswordRefused WRONG_PASSWORD, or ADDRESS_LOCKED once the failures in a row lock the address */
    void require(MemberAccount account, String currentPassword) {
        String address = Enrolment.normalized(account.getEmail());
        String addressKey = keys.fingerprints().ofEmail(address);
        String client = String.valueOf(origin.clientAddress());
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        GuessingSettings settings = GuessingSettings.current();
        if (guard.refusedBeforeCheck(addressKey, client, now, settings).isPresent()) {
            throw new CurrentPasswordRefused(Reason.ADDRESS_LOCKED);
        }
        if (!passwords.matches(currentPassword, account.getPasswordHash())) {
            LoginGuard.Failure failure = guard.failed(addressKey, client, account.getId(), now, settings);
            if (failure.lockedNow()) {
                lockMail.send(account, address, settings.maxFailures(), failure.lock());
                throw new CurrentPasswordRefused(Reason.ADDRESS_LOCKED);
            }
            throw new CurrentPasswordRefused(Reason.WRONG_PASSWORD);
        }
        guard.succeeded(addressKey);
    }
}
