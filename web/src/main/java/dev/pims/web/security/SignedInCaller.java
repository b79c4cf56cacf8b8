package dev.pims.web.security;

import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * Who logged in on this session, with the groups the identity store gave them, kept as a session attribute so that it
 * is replicated with the session to every node of a cluster. {@link PimsAuthenticationMechanism} hands it to the
 * container on each request instead of letting the container keep the login: Payara rebuilds a replicated session's
 * login from its own realm, which knows none of PIMS's groups (payara/Payara#6342).
 *
 * @param name   the caller's name ({@code dev.pims.shared.Principals}: {@code member:<id>} or {@code staff:<login id>})
 * @param groups the caller's groups, which map to roles of the same names
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = "pims.signed-in-caller";

    SignedInCaller {
        groups = Set.copyOf(groups);
    }

    /** Keeps a valid login in the session, replacing any earlier one. */
    static void keep(HttpSession session, CredentialValidationResult login) {
        session.setAttribute(
                ATTRIBUTE, new SignedInCaller(login.getCallerPrincipal().getName(), login.getCallerGroups()));
    }

    /** The login the session keeps; empty without a session or a login. */
    static Optional<SignedInCaller> of(HttpSession session) {
        return session == null
                ? Optional.empty()
                : Optional.ofNullable((SignedInCaller) session.getAttribute(ATTRIBUTE));
    }

    static void forget(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    /** The principal as the identity stores make it, so that a request finds the same kind as the login's. */
    Principal principal() {
        return new CallerPrincipal(name);
    }
}
