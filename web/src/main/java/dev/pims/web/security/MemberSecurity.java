package dev.pims.web.security;

import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Members log in on our own Faces page ({@code /login}); an unauthenticated request for a member page is sent
 * there and continues after a successful login.
 */
@ApplicationScoped
@DeclareRoles(Principals.MEMBER_ROLE)
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
public class MemberSecurity {
}
