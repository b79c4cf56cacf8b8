package dev.pims.membership.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingMember;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.Authentication;
import dev.pims.membership.MemberAuthentication;
import dev.pims.membership.VisitKind;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.Members;
import dev.pims.shared.DataCategory;
import dev.pims.shared.PasswordHashing;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Checks the login form's credentials. Only an active member (e-mail verified, not withdrawn) may log in; a dormant
 * member with the right password is sent the link that brings the account back (policy §4C), found by the keyed hash
 * the stub keeps instead of the address. A login and a
 * logout are records of visits (policy §2A(2)), and a login is the member's latest activity (§4C), written here on the audited road rather than by the pages, so that no
 * page can log a member in or out without leaving one.
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
    private BadUseKey addressKey;

    @Inject
    private Restorations restorations;

    /** One access record: the account read, and on success the visit record written with it. */
    @Override
    @PersonalDataAccess(
            task = AccessTask.VIEW,
            categories = {DataCategory.ACCOUNT, DataCategory.VISIT_RECORD})
    public Authentication authenticate(String email, String password) {
        String address = Enrolment.normalized(email);
        Optional<MemberAccount> account = members.accountByEmail(address)
                .or(() -> members.accountByEmail(addressKey.fingerprints().ofDormantAccount(address)));
        if (account.isEmpty()) {
            passwords.matchNothing(password);
            return Authentication.refused();
        }
        MemberAccount member = account.get();
        if (member.isDormant()) {
            // Only the right password learns that the account is dormant; a wrong one is refused as any other.
            if (!passwords.matches(password, member.getPasswordHash())) {
                return new Authentication(member.getId(), false);
            }
            restorations.sendLink(member, address, now());
            return Authentication.dormant(member.getId());
        }
        boolean succeeded = member.isActive() && passwords.matches(password, member.getPasswordHash());
        if (succeeded) {
            visits.record(member.getId(), VisitKind.LOGIN);
            member.noteActivity(now());
        }
        return new Authentication(member.getId(), succeeded);
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
