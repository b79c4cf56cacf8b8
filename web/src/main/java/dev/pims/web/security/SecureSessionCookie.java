package dev.pims.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Makes the session cookie {@code Secure} when PIMS is served only through a proxy that terminates TLS: the system
 * property {@value #PROPERTY} is {@code true} (the cluster launcher sets it). A wrapped request cannot do this:
 * Payara builds the session cookie from its own request, which is plain http from the proxy, and would send the cookie
 * without the flag, so that a browser would send it over plain http too. Without the property Payara sets the flag
 * itself on a connection that is TLS, and PIMS reached directly over plain http keeps its session as before.
 * <p>
 * With the property set, a browser keeps the session only over https: a node must then be reached through the proxy.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

    /** The system property: PIMS is reached only over TLS, through the proxy. */
    public static final String PROPERTY = "pims.proxy.tls";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (Boolean.getBoolean(PROPERTY)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
