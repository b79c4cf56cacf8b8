package dev.pims.web.care;

import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.faces.context.FacesContext;

/**
 * Whether the signed-in handler holds a data category (their scope, policy §7B), as the page asks before it shows a
 * section or a form: the services check again, and record the refusal, so the page asks first to leave no DENIED record
 * for a section merely not shown.
 */
final class HandlerScope {

    private HandlerScope() {}

    static boolean holds(DataCategory category) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Principals.scopeRole(category));
    }
}
