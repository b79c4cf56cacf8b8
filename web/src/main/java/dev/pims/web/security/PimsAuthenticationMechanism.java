package dev.pims.web.security;

import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/**
 * The one authentication mechanism of PIMS, for two kinds of people who never share a login: members log in on
 * {@code /login}, staff on {@code /admin/login}. Both pages hand their credential over with
 * {@code SecurityContext.authenticate}; the identity stores tell a member's credential from a member of staff's.
 * A visitor who opens a protected page without being logged in is sent to the login page of that part of PIMS.
 * The session keeps the login ({@code @AutoApplySession}), replicated with it to every node of a cluster, roles
 * included: payara/Payara#6342 does not happen on Payara Micro 7.2026.11 (ClusterIT's failover).
 */
@ApplicationScoped
@AutoApplySession
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
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + loginPageFor(request));
        }
        return context.doNothing();
    }

    private static String loginPageFor(HttpServletRequest request) {
        String path = request.getServletPath();
        return STAFF_AREAS.stream().anyMatch(path::startsWith) ? STAFF_LOGIN : MEMBER_LOGIN;
    }
}
