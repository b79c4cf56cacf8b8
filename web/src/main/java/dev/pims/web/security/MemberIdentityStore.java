package dev.pims.web.security;

import dev.pims.membership.Authentication;
import dev.pims.membership.MemberAuthentication;
import dev.pims.shared.Principals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Validates a member's e-mail and password through the audited membership service; never a staff credential. */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {

    @Inject
    private MemberAuthentication authentication;

    @Inject
    private DormantLogin dormantLogin;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Authentication result = authentication.authenticate(login.getCaller(), login.getPasswordAsString());
        if (result.dormant()) {
            dormantLogin.found();
        }
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(Principals.ofMember(result.memberId()), Set.of(Principals.MEMBER_ROLE));
    }
}
