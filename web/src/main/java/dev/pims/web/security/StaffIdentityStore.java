package dev.pims.web.security;

import dev.pims.shared.Principals;
import dev.pims.staff.StaffAuthentication;
import dev.pims.staff.StaffLogin;
import dev.pims.staff.StaffRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Validates a member of staff's credential through the staff store; their roles become security roles, and each data
 * category granted to them a scope role ({@link Principals#scopeRole}), which member care checks per category.
 * Anything but a success is invalid, a due password change too: the person gets no roles before the change.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    private StaffAuthentication authentication;

    @Inject
    private StaffLoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof StaffCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        StaffLogin result = authentication.authenticate(login.getCaller(), login.getPasswordAsString());
        attempt.answered(result);
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = Stream.concat(result.roles().stream().map(StaffRole::name),
                result.categories().stream().map(Principals::scopeRole)).collect(Collectors.toSet());
        return new CredentialValidationResult(Principals.ofStaff(result.loginId()), groups);
    }
}
