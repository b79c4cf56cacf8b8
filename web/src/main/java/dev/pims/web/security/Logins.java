package dev.pims.web.security;

import dev.pims.membership.MemberSessions;
import dev.pims.shared.Principals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Logs the person of a login page in, with a new session id, and opens their home page if it worked. */
@ApplicationScoped
public class Logins {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Clock clock;

    @Inject
    private MemberSessions sessions;

    /** @return whether the credential was accepted; the caller shows its own message if not */
    public boolean logIn(Credential credential, String homePage) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            // A session id known before login must not become an authenticated one (session fixation).
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return false;
        }
        if (request.isUserInRole(Principals.MEMBER_ROLE)) {
            // The login noted the member's activity of today already.
            request.getSession()
                    .setAttribute(MemberActivityFilter.NOTED_ON, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
            // The session is good until the member's next new password (MemberSessionFilter).
            Principals.memberIdOf(request.getUserPrincipal().getName())
                    .ifPresent(memberId -> MemberSessionFilter.keep(request, sessions.generationOf(memberId)));
        }
        external.redirect(external.getRequestContextPath() + homePage);
        return true;
    }
}
