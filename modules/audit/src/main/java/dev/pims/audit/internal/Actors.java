package dev.pims.audit.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.ActorRole;
import dev.pims.audit.CallingMember;
import dev.pims.audit.CallingStaff;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import dev.pims.shared.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.OptionalLong;

/** Tells who the current caller is, from the security context and the request origin. */
@ApplicationScoped
class Actors implements CallingMember, CallingStaff {

    static final String ANONYMOUS_ID = "anonymous";
    static final String SYSTEM_ID = "system";
    /** The name the EJB container gives a caller that has not authenticated. */
    private static final String UNAUTHENTICATED = "ANONYMOUS";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private RequestOrigin origin;

    Actor current() {
        String address = origin.clientAddress();
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null || UNAUTHENTICATED.equalsIgnoreCase(principal.getName())) {
            return origin.isHttpRequest()
                    ? new Actor(ANONYMOUS_ID, ActorRole.ANONYMOUS, address, null)
                    : new Actor(SYSTEM_ID, ActorRole.SYSTEM, address, null);
        }
        OptionalLong member = Principals.memberIdOf(principal.getName());
        if (member.isPresent()) {
            return new Actor(principal.getName(), ActorRole.MEMBER_SELF, address, member.getAsLong());
        }
        return new Actor(principal.getName(), staffRole(), address, null);
    }

    private ActorRole staffRole() {
        for (String role : Principals.STAFF_ROLES) {
            if (securityContext.isCallerInRole(role)) {
                return ActorRole.valueOf(role);
            }
        }
        return ActorRole.ANONYMOUS;
    }

    @Override
    public long id() {
        Long member = current().memberId();
        if (member == null) {
            throw new AccessDeniedException("Only a signed-in member may use self-service.");
        }
        return member;
    }

    @Override
    public boolean mayReach(DataCategory category) {
        return securityContext.isCallerInRole(Principals.scopeRole(category));
    }

    /** @throws AccessDeniedException unless the caller holds one of the roles (or none is asked for) */
    void requireOneOf(String[] roles) {
        if (roles.length == 0) {
            return;
        }
        for (String role : roles) {
            if (securityContext.isCallerInRole(role)) {
                return;
            }
        }
        throw new AccessDeniedException("The caller holds none of the roles " + String.join(", ", roles));
    }
}
