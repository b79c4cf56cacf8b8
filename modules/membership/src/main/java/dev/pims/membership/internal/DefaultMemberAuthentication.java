package dev.pims.membership.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingMember;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.Authentication;
import dev.pims.membership.LoginRefused;
import dev.pims.membership.MemberAuthentication;
import dev.pims.membership.VisitKind;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.Members;
import dev.pims.shared.DataCategory;
import dev.pims.shared.PasswordHashing;
import dev.pims.shared.Principals;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Checks the login form's credentials. Only an active member (e-mail verified, not withdrawn) may log in; a dormant
 * member with the right password is sent the link that brings the account back (policy §4C), found by the keyed hash
 * the stub keeps instead of the address. A login and a
 * logout are records of visits (policy §2A(2)), and a login is the member's latest activity (§4C), written here on the audited road rather than by the pages, so that no
 * page can log a member in or out without leaving one. Guessing is slowed and stopped ({@link LoginGuard}): every
 * refusal is a DENIED access record, and a lock is told to the member by mail. A hash of fewer iterations than today's
 * is replaced at a successful login.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.MEMBER_ROLE)
public class DefaultMemberAuthentication implements MemberAuthentication {

    @Inject
    private Members members;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Visits visits;

    @Inject
    private CallingMember caller;

    @Inject
    private Clock clock;

    @Inject
    private BadUseKey keys;

    @Inject
    private Restorations restorations;

    @Inject
    private LoginGuard guard;

    @Inject
    private LockMail lockMail;

    @Inject
    private RequestOrigin origin;

    /**
     * One access record: the account read, and on success the visit record written with it. A refusal is
     * {@link LoginRefused}, so the record says DENIED; the failure it counts and the mail of a lock commit with it.
     */
    @Override
    @PersonalDataAccess(
            task = AccessTask.VIEW,
            categories = {DataCategory.ACCOUNT, DataCategory.VISIT_RECORD})
    public Authentication authenticate(String email, String password) {
        String address = Enrolment.normalized(email);
        String addressKey = addressKey(address);
        String client = String.valueOf(origin.clientAddress());
        LocalDateTime now = now();
        GuessingSettings settings = GuessingSettings.current();
        Optional<MemberAccount> account = members.accountByEmail(address)
                .or(() -> members.accountByEmail(keys.fingerprints().ofDormantAccount(address)));
        Long memberId = account.map(MemberAccount::getId).orElse(null);
        Optional<LoginRefused.Reason> refusedAlready = guard.refusedBeforeCheck(addressKey, client, now, settings);
        if (refusedAlready.isPresent()) {
            // No hash at all: the password is not checked, for a known address as for an unknown one, so timing tells
            // nothing, and hammering a locked address costs the server no PBKDF2.
            LoginRefused.Reason reason = refusedAlready.get();
            Duration lasts = reason == LoginRefused.Reason.CLIENT_LIMITED
                    ? settings.clientWindow()
                    : guard.currentLock(addressKey, settings);
            throw new LoginRefused(reason, memberId, settings.maxDelay(), lasts.toMinutes());
        }
        if (account.isEmpty()) {
            passwords.matchNothing(password);
            throw refusal(addressKey, client, now, settings, null, address);
        }
        MemberAccount member = account.get();
        boolean passwordMatches = passwords.matches(password, member.getPasswordHash());
        if (member.isDormant()) {
            // Only the right password learns that the account is dormant; a wrong one is refused as any other.
            if (!passwordMatches) {
                throw refusal(addressKey, client, now, settings, member, address);
            }
            guard.succeeded(addressKey);
            restorations.sendLink(member, address, now);
            return Authentication.dormant(member.getId());
        }
        if (member.awaitsGuardian() && passwordMatches) {
            // Only the right password learns that the account waits for the legal representative's consent (§9).
            guard.succeeded(addressKey);
            throw new LoginRefused(LoginRefused.Reason.AWAITS_GUARDIAN, member.getId(), Duration.ZERO, 0);
        }
        if (!member.isActive() || !passwordMatches) {
            throw refusal(addressKey, client, now, settings, member, address);
        }
        guard.succeeded(addressKey);
        if (PasswordHashing.needsUpgrade(member.getPasswordHash())) {
            // An older hash of fewer iterations is replaced while the password is at hand (OWASP's 600 000).
            member.rehashPassword(passwords.hash(password));
        }
        visits.record(member.getId(), VisitKind.LOGIN);
        member.noteActivity(now);
        return new Authentication(member.getId(), true);
    }

    /**
     * Counts the failure; a failure that locks the address tells the member, if it is one whose address is verified
     * (active or dormant), by mail: an address only signed up for hears from PIMS by its verification mail alone.
     */
    private LoginRefused refusal(
            String addressKey,
            String client,
            LocalDateTime now,
            GuessingSettings settings,
            MemberAccount member,
            String address) {
        LoginGuard.Failure failure =
                guard.failed(addressKey, client, member == null ? null : member.getId(), now, settings);
        if (failure.lockedNow() && member != null && (member.isActive() || member.isDormant())) {
            lockMail.send(member, address, settings.maxFailures(), failure.lock());
        }
        return new LoginRefused(
                failure.lockedNow() ? LoginRefused.Reason.ADDRESS_LOCKED : LoginRefused.Reason.WRONG_CREDENTIALS,
                member == null ? null : member.getId(),
                failure.delay(),
                failure.lock().toMinutes());
    }

    private String addressKey(String address) {
        return keys.fingerprints().ofEmail(address);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.VISIT_RECORD, roles = Principals.MEMBER_ROLE)
    public void recordLogout() {
        visits.record(caller.id(), VisitKind.LOGOUT);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.MODIFY, categories = DataCategory.ACCOUNT, roles = Principals.MEMBER_ROLE)
    public void noteActivity() {
        members.noteActivity(caller.id(), now());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
