package dev.pims.web.security;

import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;

/**
 * The one authentication mechanism of PIMS, for two kinds of people who never share a login: members log in on
 * {@code /login}, staff on {@code /admin/login}. Both pages hand their credential over with
 * {@code SecurityContext.authenticate}; the identity stores tell a member's credential from a member of staff's.
 * A visitor who opens a protected page without being logged in is sent to the login page of that part of PIMS.
 * <p>
 * The session keeps the login as {@link SignedInCaller}, the caller's name and groups, and each request of the session
 * is logged in again from it. Not {@code @AutoApplySession}: that keeps the login in the container's session, which a
 * cluster replicates by the caller's name alone, and Payara rebuilds the login on another node from its own realm, so
 * that the caller there has no roles at all and every page is forbidden (payara/Payara#6342). The session's attribute
 * is replicated whole, groups included, so that a request served by any node after a failover keeps the caller's roles.
 * A logout forgets it ({@link #cleanSubject}), as does the end of the session.
 */
@ApplicationScoped
@DeclareRoles({
    Principals.MEMBER_ROLE,
    Principals.HANDLER_ROLE,
    Principals.PRIVACY_OFFICER_ROLE,
    Principals.AUDITOR_ROLE,
    Principals.ADMIN_ROLE
})
public class PimsAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String MEMBER_LOGIN = "/login";
    static final String STAFF_LOGIN = "/admin/login";
    /** The staff console and the auditors' workspace; everything else protected is a member's page. */
    private static final List<String> STAFF_AREAS = List.of("/admin/", "/audit/");

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult login = identityStores.validate(credential);
            if (login.getStatus() == CredentialValidationResult.Status.VALID) {
                SignedInCaller.keep(request.getSession(), login);
            }
            return context.notifyContainerAboutLogin(login);
        }
        Optional<SignedInCaller> caller = SignedInCaller.of(request.getSession(false));
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(
                    caller.get().principal(), caller.get().groups());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + loginPageFor(request));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SignedInCaller.forget(request.getSession(false));
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static String loginPageFor(HttpServletRequest request) {
        String path = request.getServletPath();
        return STAFF_AREAS.stream().anyMatch(path::startsWith) ? STAFF_LOGIN : MEMBER_LOGIN;
    }
}
