package dev.pims.membership.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.Authentication;
import dev.pims.membership.MemberAuthentication;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.Members;
import dev.pims.shared.DataCategory;
import dev.pims.shared.PasswordHashing;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** Checks the login form's credentials. Only an active member (e-mail verified, not withdrawn) may log in. */
@Stateless
@PermitAll
public class DefaultMemberAuthentication implements MemberAuthentication {

    @Inject
    private Members members;

    @Inject
    private PasswordHashing passwords;

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.ACCOUNT)
    public Authentication authenticate(String email, String password) {
        Optional<MemberAccount> account = members.accountByEmail(Enrolment.normalized(email));
        if (account.isEmpty()) {
            passwords.matchNothing(password);
            return Authentication.refused();
        }
        MemberAccount member = account.get();
        boolean succeeded = member.isActive() && passwords.matches(password, member.getPasswordHash());
        return new Authentication(member.getId(), succeeded);
    }
}
