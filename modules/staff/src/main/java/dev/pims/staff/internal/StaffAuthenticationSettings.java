package dev.pims.staff.internal;

import dev.pims.staff.StaffPasswordRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
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

    /** Consecutive failed logins that lock an account. */
    @Inject
    @ConfigProperty(name = "pims.staff.login.max-failures", defaultValue = "5")
    private int maxFailures;

    /**
     * How long the first lock lasts; each further lock in a row twice as long, up to {@code max-lock-minutes}, so that
     * nobody can lock an account, the only privacy officer's included, for good.
     */
    @Inject
    @ConfigProperty(name = "pims.staff.login.lock-minutes", defaultValue = "15")
    private int lockMinutes;

    @Inject
    @ConfigProperty(name = "pims.staff.login.max-lock-minutes", defaultValue = "1440")
    private int maxLockMinutes;

    /** Read through methods, never fields: other beans hold a client proxy, whose own fields stay unset. */
    int maxFailures() {
        return maxFailures;
    }

    /** The length of the n-th lock in a row (from 1). */
    Duration lockNumber(int locks) {
        long minutes = (long) lockMinutes << Math.min(Math.max(locks - 1, 0), 20);
        return Duration.ofMinutes(Math.min(minutes, maxLockMinutes));
    }

    int maxAgeDays() {
        return maxAgeDays;
    }

    StaffPasswordRules passwordRules() {
        return new StaffPasswordRules(minLength, minClasses, rememberedPasswords, maxAgeDays);
    }
}
