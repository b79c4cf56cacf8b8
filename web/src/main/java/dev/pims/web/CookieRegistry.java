package dev.pims.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every cookie PIMS sets (policy §8), in one place: its name, whether it is essential, and the bundle keys of its
 * purpose and lifetime ({@code cookie.<name>.purpose}, {@code cookie.<name>.lifetime}), shown as a table on
 * {@code /policy} in the visitor's language. {@code SessionSafetyIT} collects every cookie a browser journey receives
 * and fails on any not listed here. A non-essential cookie would need the member's choice before it is set; there is
 * none.
 * <p>
 * The language is kept in the session ({@code i18n.LanguageSelection}), not in a cookie of its own, and files are sent
 * as plain responses ({@link FileDownload}), not through PrimeFaces' download monitor and its
 * {@code primefaces.download} cookie.
 */
@Named
@ApplicationScoped
public class CookieRegistry {

    /**
     * A cookie PIMS sets.
     *
     * @param essential needed for the service itself, so set without a choice
     */
    public record RegisteredCookie(String name, boolean essential) {

        public String purposeKey() {
            return "cookie." + name + ".purpose";
        }

        public String lifetimeKey() {
            return "cookie." + name + ".lifetime";
        }
    }

    /**
     * The servlet session cookie (web.xml session-config: HttpOnly, tracking by cookie only; payara-web.xml:
     * SameSite=Strict; Secure behind the balancer that terminates TLS, {@code web.security.SecureSessionCookie}), and
     * the one Payara adds beside it when sessions are replicated across a cluster.
     */
    public static final List<RegisteredCookie> COOKIES =
            List.of(new RegisteredCookie("JSESSIONID", true), new RegisteredCookie("JSESSIONIDVERSION", true));

    public List<RegisteredCookie> getCookies() {
        return COOKIES;
    }

    /** The names among these that the registry does not hold, sorted: what a test of a journey must find none of. */
    public static Set<String> unregistered(Collection<String> names, List<RegisteredCookie> registry) {
        Set<String> strangers = new TreeSet<>(names);
        registry.forEach(cookie -> strangers.remove(cookie.name()));
        return strangers;
    }
}
