package dev.pims.staff.internal;

import dev.pims.staff.StaffPasswordRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The numbers of staff authentication, from MicroProfile Config (system properties or environment), with the
 * defaults of policy §7B and the safety-measures standard Art. 5.
 */
@ApplicationScoped
class StaffAuthenticationSettings {

    @Inject
    @ConfigProperty(name = "pims.staff.password.min-length", defaultValue = "10")
    private int minLength;

    @Inject
    @ConfigProperty(name = "pims.staff.password.min-classes", defaultValue = "3")
    private int minClasses;

    @Inject
    @ConfigProperty(name = "pims.staff.password.remembered", defaultValue = "5")
    private int rememberedPasswords;

    @Inject
    @ConfigProperty(name = "pims.staff.password.max-age-days", defaultValue = "90")
    private int maxAgeDays;

    /** Consecutive failed logins that lock an account until the privacy officer unlocks it. */
    @Inject
    @ConfigProperty(name = "pims.staff.login.max-failures", defaultValue = "5")
    private int maxFailures;

    /** Read through methods, never fields: other beans hold a client proxy, whose own fields stay unset. */
    int maxFailures() {
        return maxFailures;
    }

    int maxAgeDays() {
        return maxAgeDays;
    }

    StaffPasswordRules passwordRules() {
        return new StaffPasswordRules(minLength, minClasses, rememberedPasswords, maxAgeDays);
    }
}
