package dev.pims.web.security;

import dev.pims.shared.Principals;
import dev.pims.staff.StaffAuthentication;
import dev.pims.staff.StaffLogin;
import dev.pims.staff.StaffRole;
import dev.pims.staff.StaffSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Validates the last step of a staff login, the code of the second factor after the right password, through the
 * staff store; their roles become security roles, and each data category granted to a handler the group
 * {@code SCOPE_<CATEGORY>}. Anything but a success is invalid: the person gets no roles before both steps. The session remembers the account's rights
 * version, so that a later change of rights ends it ({@link StaffRightsCheck}).
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    private StaffAuthentication authentication;

    @Inject
    private StaffSessions sessions;

    @Inject
    private StaffSession session;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof StaffCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        // Read before the rights: a change in between leaves the session with an older version, which ends it.
        OptionalInt rightsVersion = sessions.rightsVersionOf(login.loginId());
        StaffLogin result = authentication.confirmCode(login.loginId(), login.code());
        if (!result.succeeded() || rightsVersion.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        session.began(rightsVersion.getAsInt());
        Set<String> groups = Stream.concat(
                        result.roles().stream().map(StaffRole::name),
                        result.categories().stream().map(Principals::scopeRole))
                .collect(Collectors.toSet());
        return new CredentialValidationResult(Principals.ofStaff(result.loginId()), groups);
    }
}
