package dev.pims.web.security;

import dev.pims.membership.Authentication;
import dev.pims.membership.LoginRefused;
import dev.pims.membership.MemberAuthentication;
import dev.pims.shared.Principals;
import dev.pims.store.LockConflicts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Duration;
import java.util.Set;

/**
 * Validates a member's e-mail and password through the audited membership service; never a staff credential. A refused
 * login waits as long as the service asks before it answers (progressive delay, policy §7A).
 */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {

    @Inject
    private MemberAuthentication authentication;

    @Inject
    private DormantLogin dormantLogin;

    @Inject
    private RefusedLogin refusedLogin;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Authentication result;
        try {
            // One transaction: one that lost a lock conflict left nothing behind (LockConflicts).
            result = LockConflicts.retried(
                    () -> authentication.authenticate(login.getCaller(), login.getPasswordAsString()));
        } catch (LoginRefused refused) {
            refusedLogin.refusedFor(refused);
            waitFor(refused.delay());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (result.dormant()) {
            dormantLogin.found();
        }
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(Principals.ofMember(result.memberId()), Set.of(Principals.MEMBER_ROLE));
    }

    /**
     * The progressive delay of guessing: the answer to a refused login waits, after the refusal's transaction ended, so
     * that no database connection or lock is held meanwhile.
     */
    private static void waitFor(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
