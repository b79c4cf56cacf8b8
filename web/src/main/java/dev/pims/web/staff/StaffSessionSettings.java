package dev.pims.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The idle timeout of staff sessions (safety-measures standard Art. 6; policy §7B): shorter than a member's, with a
 * warning and a countdown on every staff page ({@code p:idleMonitor} in the admin template) before the logout.
 */
@Named
@ApplicationScoped
public class StaffSessionSettings {

    private static final int SECONDS_PER_MINUTE = 60;
    private static final long MILLIS_PER_SECOND = 1000L;

    @Inject
    @ConfigProperty(name = "pims.staff.session.idle-minutes", defaultValue = "15")
    private int idleMinutes;

    @Inject
    @ConfigProperty(name = "pims.staff.session.warning-seconds", defaultValue = "60")
    private int warningSeconds;

    /** Makes the server end the session after the idle time too, should the page's own logout never come. */
    void startIdleClock() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        request.getSession().setMaxInactiveInterval(idleMinutes * SECONDS_PER_MINUTE);
    }

    /** How long a staff page may see no activity before the warning shows. */
    public long getWarnAfterMillis() {
        return Math.max(1, idleMinutes * SECONDS_PER_MINUTE - warningSeconds) * MILLIS_PER_SECOND;
    }

    public int getWarningSeconds() {
        return warningSeconds;
    }
}
